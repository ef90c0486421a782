package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.analysis.ResolvedProgram;
import dev.picloud.executor.script.rhai.analysis.Resolver;
import dev.picloud.executor.script.rhai.analysis.VarSlot;
import dev.picloud.executor.script.rhai.ast.Program;
import dev.picloud.executor.script.rhai.builtins.Errors;
import dev.picloud.executor.script.rhai.parse.Parser;
import dev.picloud.executor.script.rhai.value.SharedCell;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code eval(text)}: compiles the text with the caller's visible variables predeclared (their
 * slots are copied in, then copied back), runs it, and stores variables it declares at its top
 * level into the caller's slots for those names, if the caller uses them. Errors, syntax errors
 * included, are wrapped as {@code ErrorInFunctionCall("eval")}.
 */
final class EvalNode extends Node {
  private final Node[] args;
  private final Map<String, Integer> visible;
  private final Map<String, Integer> callerExternals;

  EvalNode(Position pos, Node[] args, Map<String, Integer> visible, Map<String, Integer> callerExternals) {
    super(pos);
    this.args = args;
    this.visible = visible;
    this.callerExternals = callerExternals;
  }

  @Override
  public Object eval(Frame f) {
    Object[] vals = CallNodes.evalArgs(f, args);
    if (vals.length != 1 || !(vals[0] instanceof String code)) {
      throw Errors.functionNotFound(Errors.signature("eval", vals, f.rt::typeName), pos);
    }
    try {
      return run(f, code);
    } catch (RhaiError e) {
      if (!e.catchable() && !(e instanceof dev.picloud.executor.script.rhai.RhaiParseError)) {
        throw e;
      }
      throw RhaiRuntimeError.inFunctionCall("eval", e, pos);
    }
  }

  private Object run(Frame f, String code) {
    var limits = f.rt.budget.limits();
    Program p = new Parser(code, limits.maxExprDepth(), limits.maxFunctionExprDepth(), false)
        .literalLimits(limits.maxStringSize(), limits.maxArraySize(), limits.maxMapSize())
        .parseProgram();
    Map<String, Boolean> pre = new LinkedHashMap<>();
    Map<String, Integer> callerSlots = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : visible.entrySet()) {
      if (!e.getKey().startsWith("^") && f.slots[e.getValue()] != null) {
        pre.put(e.getKey(), false);
        callerSlots.put(e.getKey(), e.getValue());
      }
    }
    ResolvedProgram rp = Resolver.resolve(p, pre, true);
    CompiledUnit unit = NodeBuilder.build(rp, f.unit.source, f.unit.functions);
    Frame ef = new Frame(unit.mainSlots, f.rt, unit);
    ef.thisValue = f.thisValue;
    int i = 0;
    for (Integer s : callerSlots.values()) {
      ef.slots[i++] = f.slots[s];
    }
    Object result;
    f.rt.push(ef);
    try {
      result = unit.main.eval(ef);
    } catch (ControlSignal s) {
      if (s != ControlSignal.RETURN) {
        throw s;
      }
      result = ef.signalValue;
    } finally {
      f.rt.pop();
      i = 0;
      for (Integer s : callerSlots.values()) {
        Object v = ef.slots[i++];
        if (!(f.slots[s] instanceof SharedCell)) {
          f.slots[s] = Values.deref(v);
        }
      }
      for (Map.Entry<String, VarSlot> e : rp.main().topLevel.entrySet()) {
        Integer target = visible.get("^" + e.getKey());
        if (target == null && !visible.containsKey(e.getKey())) {
          target = callerExternals.get(e.getKey());
        }
        Object v = ef.slots[e.getValue().slot];
        if (v == null) {
          continue;
        }
        if (target == null && visible.containsKey(e.getKey())) {
          // A let of a variable of an outer block shadows it only until the eval's block ends:
          // the block restores the old value then (EvalBlock).
          target = visible.get(e.getKey());
          if (f.evalUndo == null) {
            f.evalUndo = new java.util.ArrayList<>();
          }
          f.evalUndo.add(target);
          f.evalUndo.add(f.slots[target]);
        }
        if (target != null) {
          // A top-level let in eval'd code declares (shadows) a variable of the caller's scope.
          f.slots[target] = Values.deref(v);
        }
      }
    }
    return result == null ? Unit.INSTANCE : result;
  }
}
