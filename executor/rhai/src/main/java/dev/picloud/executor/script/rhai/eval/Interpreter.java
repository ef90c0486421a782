package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.builtins.ExitSignal;
import dev.picloud.executor.script.rhai.value.Unit;
import java.util.HashMap;
import java.util.Map;

/** Runs a compiled unit: the one place Java-level failures become script errors. */
public final class Interpreter {
  private Interpreter() {}

  /**
   * Runs {@code unit} as a script. {@code variables} (already script values) fill the slots of
   * names the script uses without declaring them. Returns the script's value.
   *
   * @throws RhaiError on any script error; a Java stack overflow becomes {@code
   *     ErrorStackOverflow} and heap exhaustion {@code ErrorMemoryLimit}
   */
  public static Object run(CompiledUnit unit, Runtime rt, Map<String, Object> variables) {
    Frame frame = new Frame(unit.mainSlots, rt, unit);
    rt.mainFrame = frame;
    for (Map.Entry<String, Integer> e : unit.externals.entrySet()) {
      Object v = variables.get(e.getKey());
      if (v != null) {
        frame.slots[e.getValue()] = v;
      }
    }
    rt.push(frame);
    try {
      if (!variables.isEmpty()) {
        rt.budget.measure(null, Position.NONE);
      }
      return unit.main.eval(frame);
    } catch (ControlSignal s) {
      if (s == ControlSignal.RETURN) {
        return frame.signalValue;
      }
      throw RhaiError.of(ErrorKind.ErrorRuntime, "Unexpected " + s.getMessage(), Position.NONE);
    } catch (ExitSignal e) {
      return e.value;
    } catch (RhaiError e) {
      throw e;
    } catch (RuntimeException e) {
      // A bug of the evaluator: still a script error for the host, never a Java exception.
      throw RhaiError.internal("<evaluator>", e, Position.NONE);
    } catch (StackOverflowError e) {
      throw RhaiError.of(ErrorKind.ErrorStackOverflow, "Stack overflow", Position.NONE);
    } catch (OutOfMemoryError e) {
      throw RhaiError.of(ErrorKind.ErrorMemoryLimit, "Memory limit exceeded", Position.NONE);
    }
  }

  /** Runs a module's top level in a fresh frame and returns its exports. */
  static ModuleInstance loadModule(CompiledUnit unit, Runtime rt, String path) {
    Frame frame = new Frame(unit.mainSlots, rt, unit);
    Frame savedMain = rt.mainFrame;
    rt.mainFrame = frame;
    rt.push(frame);
    try {
      unit.main.eval(frame);
    } catch (ControlSignal s) {
      if (s != ControlSignal.RETURN) {
        throw s;
      }
    } finally {
      rt.pop();
      rt.mainFrame = savedMain;
    }
    Map<String, ModuleInstance> subs = new HashMap<>();
    for (Object o : frame.slots) {
      if (o instanceof ModuleInstance m) {
        subs.put(m.path(), m);
      }
    }
    return new ModuleInstance(path, ModuleNodes.exports(unit, frame), unit, frame, subs);
  }

  /** The unit value (for hosts). */
  public static Object unit() {
    return Unit.INSTANCE;
  }
}
