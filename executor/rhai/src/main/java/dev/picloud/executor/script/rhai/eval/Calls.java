package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.builtins.Errors;
import dev.picloud.executor.script.rhai.builtins.NativeFn;
import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.Unit;
import java.util.List;
import java.util.Map;

/** Calling script functions, native functions and function pointers. */
public final class Calls {
  private Calls() {}

  /**
   * Calls a script function. {@code thisRef} (length 1) binds {@code this} by reference: its
   * element holds the receiver before and the possibly replaced receiver after the call.
   */
  public static Object callScript(Runtime rt, ScriptFn fn, Object[] args, Object[] thisRef, Position pos) {
    if (++rt.depth > rt.maxDepth) {
      rt.depth--;
      throw RhaiError.of(ErrorKind.ErrorStackOverflow, "Stack overflow", pos);
    }
    rt.budget.tick(pos);
    Frame f = new Frame(fn.slotCount, rt, fn.unit);
    int[] ps = fn.paramSlots;
    for (int i = 0; i < ps.length; i++) {
      f.slots[ps[i]] = args[i];
    }
    if (thisRef != null) {
      f.thisValue = thisRef[0];
    }
    rt.push(f);
    try {
      return fn.body.eval(f);
    } catch (ControlSignal s) {
      if (s == ControlSignal.RETURN) {
        return f.signalValue;
      }
      throw s;
    } catch (RhaiError e) {
      if (!e.catchable()) {
        throw e;
      }
      throw RhaiRuntimeError.inFunctionCall(fn.name, e, pos);
    } finally {
      rt.pop();
      rt.depth--;
      if (thisRef != null) {
        thisRef[0] = f.thisValue;
      }
    }
  }

  /**
   * Calls a script function "in the caller's scope" ({@code f!()}): names the body uses without
   * declaring them are read from, and written back to, the caller's variables of the same name.
   */
  static Object callScriptInScope(Runtime rt, ScriptFn fn, Object[] args, Frame caller,
      Map<String, Integer> callerVars, Position pos) {
    if (++rt.depth > rt.maxDepth) {
      rt.depth--;
      throw RhaiError.of(ErrorKind.ErrorStackOverflow, "Stack overflow", pos);
    }
    Frame f = new Frame(fn.slotCount, rt, fn.unit);
    int[] ps = fn.paramSlots;
    for (int i = 0; i < ps.length; i++) {
      f.slots[ps[i]] = args[i];
    }
    f.thisValue = caller.thisValue;
    for (Map.Entry<String, Integer> e : fn.externals.entrySet()) {
      Integer cs = callerVars.get(e.getKey());
      if (cs != null && caller.slots[cs] != null) {
        f.slots[e.getValue()] = dev.picloud.executor.script.rhai.value.Values.deref(caller.slots[cs]);
      }
    }
    rt.push(f);
    try {
      return fn.body.eval(f);
    } catch (ControlSignal s) {
      if (s == ControlSignal.RETURN) {
        return f.signalValue;
      }
      throw s;
    } catch (RhaiError e) {
      if (!e.catchable()) {
        throw e;
      }
      throw RhaiRuntimeError.inFunctionCall(fn.name, e, pos);
    } finally {
      rt.pop();
      rt.depth--;
      for (Map.Entry<String, Integer> e : fn.externals.entrySet()) {
        Integer cs = callerVars.get(e.getKey());
        Object v = f.slots[e.getValue()];
        if (cs != null && v != null) {
          if (caller.slots[cs] instanceof dev.picloud.executor.script.rhai.value.SharedCell c) {
            c.value = v;
          } else {
            caller.slots[cs] = v;
          }
        }
      }
    }
  }

  /** Calls a native function; fills in the call position of errors raised without one. */
  public static Object callNative(Runtime rt, CompiledUnit unit, NativeFn fn, Object[] args,
      Position pos, String name) {
    Object r;
    var budget = rt.budget;
    boolean check = budget.checksData();
    Object before0 = check && args.length > 0 ? args[0] : null;
    int sizeBefore = check ? dev.picloud.executor.script.rhai.sandbox.Budget.sizeOf(before0) : 0;
    try {
      r = fn.function().call(new CallCtx(rt, unit, pos, name), args);
      if (check) {
        budget.afterNative(r, args, before0, sizeBefore, !fn.pure(), pos);
      }
    } catch (RhaiError e) {
      throw e.withPositionIfNone(pos);
    } catch (ArithmeticException e) {
      throw RhaiError.of(ErrorKind.ErrorArithmetic, e.getMessage(), pos);
    } catch (ControlSignal | dev.picloud.executor.script.rhai.builtins.ExitSignal e) {
      throw e;
    } catch (RuntimeException e) {
      // A host function (or a library bug) failed with a Java exception: the run ends with
      // ErrorSystem at the call, never with the Java exception.
      throw RhaiError.internal(name, e, pos);
    }
    if (r == null) {
      return Unit.INSTANCE;
    }
    if (args.length > 0 && r == args[0]
        && (r instanceof RhaiArray || r instanceof RhaiMap || r instanceof RhaiBlob)) {
      return dev.picloud.executor.script.rhai.value.Values.share(r);
    }
    return r;
  }

  /** Classes of the argument values (for overload resolution). */
  static Class<?>[] classes(Object[] args) {
    Class<?>[] cs = new Class<?>[args.length];
    for (int i = 0; i < args.length; i++) {
      cs[i] = args[i].getClass();
    }
    return cs;
  }

  /** Resolves and calls a native function by name, or throws "Function not found". */
  public static Object callNativeByName(Runtime rt, CompiledUnit unit, String name, Object[] args,
      Position pos) {
    NativeFn f = rt.engine.natives().resolve(name, classes(args));
    if (f == null) {
      throw Errors.functionNotFound(Errors.signature(name, args, rt::typeName), pos);
    }
    return callNative(rt, unit, f, args, pos, name);
  }

  /** The script function a pointer targets for {@code argc} total arguments, or null. */
  static ScriptFn scriptTarget(CompiledUnit unit, FnPtr p, int argc) {
    if (p.binding() instanceof ScriptFn sf) {
      return sf;
    }
    if (unit == null) {
      return null;
    }
    ScriptFn f = unit.function(p.name(), argc);
    if (f != null) {
      return f;
    }
    for (ScriptFn s : unit.functions()) {
      if (s.name.equals(p.name()) && s.thisType == null) {
        return argc < 0 ? s : null;
      }
    }
    return null;
  }

  /**
   * Calls a function pointer: curried arguments first, then {@code args}; script functions of the
   * pointer's binding or of {@code unit} by name, then natives.
   */
  public static Object callFnPtr(Runtime rt, CompiledUnit unit, FnPtr p, Object[] args,
      Object[] thisRef, Position pos) {
    List<Object> cur = p.curried();
    for (Object o : cur) {
      if (o instanceof dev.picloud.executor.script.rhai.value.SharedCell c && c.locked) {
        throw RhaiError.of(ErrorKind.ErrorDataRace, "Data race detected", pos);
      }
    }
    Object[] all;
    if (cur.isEmpty()) {
      all = args;
    } else {
      all = new Object[cur.size() + args.length];
      for (int i = 0; i < cur.size(); i++) {
        all[i] = dev.picloud.executor.script.rhai.value.Values.share(cur.get(i));
      }
      System.arraycopy(args, 0, all, cur.size(), args.length);
    }
    ScriptFn sf;
    if (p.binding() instanceof ScriptFn b) {
      sf = b.arity() == all.length ? b : null;
    } else {
      sf = unit == null ? null : unit.function(p.name(), all.length);
    }
    if (sf != null) {
      return callScript(rt, sf, all, thisRef, pos);
    }
    if (thisRef != null) {
      Object[] withThis = new Object[all.length + 1];
      withThis[0] = thisRef[0];
      System.arraycopy(all, 0, withThis, 1, all.length);
      NativeFn nf = rt.engine.natives().resolve(p.name(), classes(withThis));
      if (nf != null) {
        Object r = callNative(rt, unit, nf, withThis, pos, p.name());
        thisRef[0] = withThis[0];
        return r;
      }
      // With a bound `this` a native is only ever called with it as first argument; the
      // message lists the other arguments only, as Rhai's does.
      throw Errors.functionNotFound(Errors.signature(p.name(), all, rt::typeName), pos);
    }
    NativeFn nf = rt.engine.natives().resolve(p.name(), classes(all));
    if (nf != null) {
      return callNative(rt, unit, nf, all, pos, p.name());
    }
    throw Errors.functionNotFound(Errors.signature(p.name(), all, rt::typeName), pos);
  }
}
