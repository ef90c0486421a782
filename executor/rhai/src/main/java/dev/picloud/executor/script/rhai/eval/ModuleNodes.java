package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.builtins.Errors;
import dev.picloud.executor.script.rhai.builtins.FunctionTable;
import dev.picloud.executor.script.rhai.builtins.NativeFn;
import dev.picloud.executor.script.rhai.value.SharedCell;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code import}, {@code m::x}, {@code m::f()} and {@code global::X}. */
final class ModuleNodes {
  private ModuleNodes() {}

  static RhaiError moduleNotFound(String name, Position pos) {
    return RhaiError.of(ErrorKind.ErrorModuleNotFound, "Module not found: " + name, pos,
        Map.of("module", name));
  }

  /** {@code import path [as alias]}. */
  static final class Import extends Node {
    final Node path;
    final int slot;

    Import(Position pos, Node path, int slot) {
      super(pos);
      this.path = path;
      this.slot = slot;
    }

    @Override
    public Object eval(Frame f) {
      Object p = path.eval(f);
      if (!(p instanceof String s)) {
        throw Errors.mismatch(Values.typeName(p), "string", path.pos);
      }
      Runtime rt = f.rt;
      int max = rt.budget.limits().maxModules();
      if (max >= 0 && rt.modulesImported >= max) {
        throw RhaiError.of(ErrorKind.ErrorTooManyModules, "Too many modules imported", pos);
      }
      rt.modulesImported++;
      ModuleInstance m = rt.modules.get(s);
      if (m == null) {
        Optional<String> src = rt.engine.resolver().resolve(s);
        if (src.isEmpty()) {
          throw moduleNotFound(s, path.pos);
        }
        try {
          CompiledUnit unit = NodeBuilder.compile(src.get(), rt.budget.limits(), s);
          m = Interpreter.loadModule(unit, rt, s);
        } catch (RhaiError e) {
          if (!e.catchable() && e.kind() != ErrorKind.ErrorParsing) {
            throw e;
          }
          throw RhaiRuntimeError.inModule(s, e, pos);
        }
        rt.modules.put(s, m);
      }
      if (slot >= 0) {
        f.slots[slot] = m;
      }
      return Unit.INSTANCE;
    }
  }

  static ModuleInstance module(Frame f, int slot, boolean global, String name, Position pos) {
    if (slot < 0) {
      return null;
    }
    Object v = (global ? f.rt.mainFrame.slots : f.slots)[slot];
    if (v instanceof ModuleInstance m) {
      return m;
    }
    throw moduleNotFound(name, pos);
  }

  /** {@code m::x} (or {@code global::X}). */
  static final class NsVar extends Node {
    final int slot;
    final boolean global;
    final boolean isGlobalConst;
    final String ns;
    final String name;

    NsVar(Position pos, int slot, boolean global, boolean isGlobalConst, String ns, String name) {
      super(pos);
      this.slot = slot;
      this.global = global;
      this.isGlobalConst = isGlobalConst;
      this.ns = ns;
      this.name = name;
    }

    @Override
    public Object eval(Frame f) {
      if (isGlobalConst) {
        Object[] slots = global ? f.rt.mainFrame.slots : f.slots;
        Object v = slot < 0 ? null : slots[slot];
        if (v == null || !f.unit.hasNamedFunctions) {
          throw Nodes.varNotFound(ns + "::" + name, pos);
        }
        return Values.share(Values.deref(v));
      }
      ModuleInstance m = module(f, slot, global, ns, pos);
      if (m == null) {
        Map<String, Object> consts = f.rt.engine.moduleConstants().get(ns);
        if (consts == null) {
          throw moduleNotFound(ns, pos);
        }
        Object v = consts.get(name);
        if (v == null) {
          throw Nodes.varNotFound(ns + "::" + name, pos);
        }
        return Values.share(v);
      }
      Object v = m.variables().get(name);
      if (v == null) {
        throw Nodes.varNotFound(ns + "::" + name, pos);
      }
      return Values.share(v);
    }
  }

  /** {@code m::f(args)}. */
  static final class ModuleCall extends Node {
    final int slot;
    final boolean global;
    final String ns;
    final String name;
    final Node[] args;

    ModuleCall(Position pos, int slot, boolean global, String ns, String name, Node[] args) {
      super(pos);
      this.slot = slot;
      this.global = global;
      this.ns = ns;
      this.name = name;
      this.args = args;
    }

    @Override
    public Object eval(Frame f) {
      ModuleInstance m = module(f, slot, global, ns, pos);
      Object[] vals = CallNodes.evalArgs(f, args);
      if (m != null) {
        ScriptFn s = m.unit().function(name, vals.length);
        if (s != null && !s.isPrivate) {
          return Calls.callScript(f.rt, s, vals, null, pos);
        }
        throw Errors.functionNotFound(Errors.signature(ns + "::" + name, vals, f.rt::typeName), pos);
      }
      FunctionTable t = f.rt.engine.hostModules().get(ns);
      if (t == null) {
        throw moduleNotFound(ns, pos);
      }
      NativeFn fn = t.resolve(name, Calls.classes(vals));
      if (fn == null) {
        throw Errors.functionNotFound(Errors.signature(ns + "::" + name, vals, f.rt::typeName), pos);
      }
      return Calls.callNative(f.rt, f.unit, fn, vals, pos, name);
    }
  }

  /** Collects a module's exported variables from its finished top-level frame. */
  static Map<String, Object> exports(CompiledUnit unit, Frame frame) {
    Map<String, Object> vars = new HashMap<>();
    for (Map.Entry<String, Integer> e : unit.exports.entrySet()) {
      Object v = frame.slots[e.getValue()];
      if (v instanceof SharedCell c) {
        v = c.value;
      }
      if (v != null) {
        vars.put(e.getKey(), v);
      }
    }
    return vars;
  }
}
