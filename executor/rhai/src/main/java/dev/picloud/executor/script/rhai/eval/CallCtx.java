package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.builtins.NativeCallContext;
import dev.picloud.executor.script.rhai.builtins.ScriptFnInfo;
import dev.picloud.executor.script.rhai.sandbox.Budget;
import dev.picloud.executor.script.rhai.value.FnPtr;
import java.util.ArrayList;
import java.util.List;

/** The {@link NativeCallContext} of one native call. */
final class CallCtx implements NativeCallContext {
  private final Runtime rt;
  private final CompiledUnit unit;
  private final Position pos;
  private final String name;

  CallCtx(Runtime rt, CompiledUnit unit, Position pos, String name) {
    this.rt = rt;
    this.unit = unit;
    this.pos = pos;
    this.name = name;
  }

  @Override
  public Object hostContext() {
    return rt.hostContext;
  }

  @Override
  public Position position() {
    return pos;
  }

  @Override
  public String functionName() {
    return name;
  }

  @Override
  public Budget budget() {
    return rt.budget;
  }

  @Override
  public Object call(FnPtr fn, Object... args) {
    return Calls.callFnPtr(rt, unit, fn, args, null, pos);
  }

  @Override
  public Object callWithThis(Object thisValue, FnPtr fn, Object... args) {
    Object[] thisRef = {thisValue};
    return Calls.callFnPtr(rt, unit, fn, args, thisRef, pos);
  }

  @Override
  public Object callWithThisRef(Object[] thisRef, FnPtr fn, Object... args) {
    return Calls.callFnPtr(rt, unit, fn, args, thisRef, pos);
  }

  @Override
  public List<ScriptFnInfo> scriptFunctions() {
    if (unit == null) {
      return List.of();
    }
    List<ScriptFnInfo> out = new ArrayList<>();
    for (ScriptFn f : unit.functions()) {
      out.add(new ScriptFnInfo(f.name, f.paramNames, f.isPrivate, f.thisType, f.pos));
    }
    return out;
  }

  @Override
  public int arity(FnPtr fn) {
    ScriptFn f = Calls.scriptTarget(unit, fn, fn.curried().size());
    if (f != null) {
      return f.arity() - fn.curried().size();
    }
    return -1;
  }

  @Override
  public boolean valuesEqual(Object a, Object b) {
    return Ops.valuesEqual(a, b, rt, pos);
  }

  @Override
  public String display(Object value) {
    return CallNodes.display(rt, unit, value);
  }

  @Override
  public String typeName(Object value) {
    return rt.typeName(value);
  }
}
