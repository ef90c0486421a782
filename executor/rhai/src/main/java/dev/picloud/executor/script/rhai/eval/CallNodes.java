package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.builtins.Errors;
import dev.picloud.executor.script.rhai.builtins.NativeFn;
import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.SharedCell;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Function calls, method calls, closures and function pointers. */
final class CallNodes {
  private CallNodes() {}

  static final Object NO_SCRIPT = new Object();

  /** A per-call-site cache of the native overload chosen for some argument classes. */
  record NativeCache(Class<?>[] types, NativeFn fn) {
    boolean matches(Object[] args) {
      if (args.length != types.length) {
        return false;
      }
      for (int i = 0; i < args.length; i++) {
        if (args[i].getClass() != types[i]) {
          return false;
        }
      }
      return true;
    }
  }

  static Object[] evalArgs(Frame f, Node[] args) {
    Object[] v = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      v[i] = args[i].eval(f);
    }
    return v;
  }

  /**
   * {@code name(args)}: a script function of this unit (cached), else a native by argument types
   * (cached per site). A plain variable as first argument is passed by reference to mutating
   * natives ({@code push(a, 1)}), as in Rhai.
   */
  static final class Call extends Node {
    final String name;
    final Node[] args;
    final ChainNodes.Place firstPlace;
    /** Null until looked up, then {@link #NO_SCRIPT} or the {@link ScriptFn} (one racy-safe write). */
    Object script;
    NativeCache cache;

    Call(Position pos, String name, Node[] args) {
      super(pos);
      this.name = name;
      this.args = args;
      this.firstPlace = args.length > 0 && args[0] instanceof ChainNodes.VarPlace p ? p : null;
    }

    @Override
    public Object eval(Frame f) {
      Object sc = script;
      if (sc == null) {
        ScriptFn found = f.unit.function(name, args.length);
        sc = found == null ? NO_SCRIPT : found;
        script = sc;
      }
      if (sc instanceof ScriptFn s) {
        return Calls.callScript(f.rt, s, evalArgs(f, args), null, pos);
      }
      Object[] vals = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        vals[i] = i == 0 && firstPlace != null ? args[0].evalRef(f) : args[i].eval(f);
      }
      NativeCache c = cache;
      NativeFn fn;
      if (c != null && c.matches(vals)) {
        fn = c.fn;
      } else {
        Class<?>[] types = Calls.classes(vals);
        fn = f.rt.engine.natives().resolve(name, types);
        if (fn == null) {
          throw Errors.functionNotFound(Errors.signature(name, vals, f.rt::typeName), pos);
        }
        cache = new NativeCache(types, fn);
      }
      if (firstPlace != null) {
        if (!fn.pure() && !firstPlace.constantRoot()) {
          Object before = vals[0];
          Object r = Calls.callNative(f.rt, f.unit, fn, vals, pos, name);
          if (vals[0] != before) {
            Object nv = vals[0];
            firstPlace.modify(f, new Object[0], cur -> nv);
          }
          return r;
        }
        vals[0] = Values.share(vals[0]);
      }
      return Calls.callNative(f.rt, f.unit, fn, vals, pos, name);
    }
  }

  /** {@code target.name(args)}. */
  static final class MethodCall extends Node {
    final Node target;
    final ChainNodes.Place place;
    final String name;
    final Node[] args;
    final boolean safe;
    NativeCache cache;

    MethodCall(Position pos, Node target, String name, Node[] args, boolean safe) {
      super(pos);
      this.target = target;
      this.place = ChainNodes.asPlace(target);
      this.name = name;
      this.args = args;
      this.safe = safe;
    }

    @Override
    public Object eval(Frame f) {
      if (args.length == 0 && name.equals("is_shared") && place instanceof CellAware c) {
        return c.isCell(f);
      }
      if (place == null) {
        Object recv = target.evalRef(f);
        Object[] vals = evalArgs(f, args);
        Object[] out = new Object[1];
        dispatch(f, recv, vals, out, false);
        return out[0];
      }
      Object[] keys = new Object[place.keyCount()];
      place.evalKeys(f, keys);
      Object[] vals = evalArgs(f, args);
      Object[] out = new Object[1];
      boolean constant = place.constantRoot();
      place.modify(f, keys, recv -> dispatch(f, recv, vals, out, constant));
      return out[0];
    }

    /** Calls the method on {@code recv}; returns a replacement receiver or NO_CHANGE. */
    Object dispatch(Frame f, Object recv, Object[] vals, Object[] out, boolean constant) {
      Runtime rt = f.rt;
      if (safe && recv instanceof Unit) {
        throw ControlSignal.NULL_CHAIN;
      }
      if (recv instanceof FnPtr p) {
        if (name.equals("call")) {
          out[0] = Calls.callFnPtr(rt, f.unit, p, vals, null, pos);
          return Indexing.NO_CHANGE;
        }
        if (name.equals("curry")) {
          out[0] = p.curry(Arrays.asList(vals));
          rt.budget.checkNew(out[0], pos);
          return Indexing.NO_CHANGE;
        }
      }
      if (name.equals("call") && vals.length >= 1 && vals[0] instanceof FnPtr p) {
        Object[] thisRef = {recv};
        out[0] = Calls.callFnPtr(rt, f.unit, p, Arrays.copyOfRange(vals, 1, vals.length), thisRef, pos);
        return thisRef[0] == recv ? Indexing.NO_CHANGE : thisRef[0];
      }
      if (vals.length == 0) {
        if (name.equals("type_of")) {
          out[0] = rt.typeName(recv);
          return Indexing.NO_CHANGE;
        }
        if (name.equals("is_shared")) {
          out[0] = Boolean.FALSE;
          return Indexing.NO_CHANGE;
        }
      }
      ScriptFn s = f.unit.typedMethod(rt.typeName(recv), name, vals.length);
      if (s == null) {
        s = f.unit.function(name, vals.length);
        if (s != null && s.thisType != null) {
          s = null;
        }
      }
      if (s != null) {
        Object[] thisRef = {recv};
        out[0] = Calls.callScript(rt, s, vals, thisRef, pos);
        return thisRef[0] == recv || constant ? Indexing.NO_CHANGE : thisRef[0];
      }
      Object[] all = new Object[vals.length + 1];
      all[0] = recv;
      System.arraycopy(vals, 0, all, 1, vals.length);
      NativeCache c = cache;
      NativeFn fn;
      if (c != null && c.matches(all)) {
        fn = c.fn;
      } else {
        Class<?>[] types = Calls.classes(all);
        fn = rt.engine.natives().resolve(name, types);
        if (fn != null) {
          cache = new NativeCache(types, fn);
        }
      }
      if (fn != null) {
        if (!fn.pure() && constant) {
          throw RhaiError.of(ErrorKind.ErrorNonPureMethodCallOnConstant,
              "Non-pure method '" + name + "' cannot be called on constant", pos,
              Map.of("function", name));
        }
        out[0] = Calls.callNative(rt, f.unit, fn, all, pos, name);
        return all[0] == recv ? Indexing.NO_CHANGE : all[0];
      }
      if (recv instanceof RhaiMap m && m.get(name) instanceof FnPtr p) {
        Object[] thisRef = {recv};
        out[0] = Calls.callFnPtr(rt, f.unit, p, vals, thisRef, pos);
        return thisRef[0] == recv ? Indexing.NO_CHANGE : thisRef[0];
      }
      throw Errors.functionNotFound(Errors.signature(name, all, rt::typeName), pos);
    }
  }

  /** {@code f!(args)} / {@code call!(fp, args)}: runs a script function in the caller's scope. */
  static final class BangCall extends Node {
    final String name;
    final Node[] args;
    final Map<String, Integer> callerVars;

    BangCall(Position pos, String name, Node[] args, Map<String, Integer> callerVars) {
      super(pos);
      this.name = name;
      this.args = args;
      this.callerVars = callerVars;
    }

    @Override
    public Object eval(Frame f) {
      Object[] vals = evalArgs(f, args);
      ScriptFn fn;
      if (name.equals("call") && vals.length > 0 && vals[0] instanceof FnPtr p) {
        Object[] rest = Arrays.copyOfRange(vals, 1, vals.length);
        Object[] all = new Object[p.curried().size() + rest.length];
        for (int i = 0; i < p.curried().size(); i++) {
          all[i] = p.curried().get(i);
        }
        System.arraycopy(rest, 0, all, p.curried().size(), rest.length);
        vals = all;
        fn = p.binding() instanceof ScriptFn b ? b : f.unit.function(p.name(), vals.length);
        if (fn == null) {
          throw Errors.functionNotFound(Errors.signature(p.name(), vals, f.rt::typeName), pos);
        }
      } else {
        fn = f.unit.function(name, vals.length);
        if (fn == null) {
          throw Errors.functionNotFound(Errors.signature(name, vals, f.rt::typeName), pos);
        }
      }
      return Calls.callScriptInScope(f.rt, fn, vals, f, callerVars, pos);
    }
  }

  /** A closure expression: captures the enclosing variables as shared cells. */
  static final class Closure extends Node {
    final ScriptFn fn;
    final int[] sourceSlots;
    final boolean[] sourceGlobal;

    Closure(Position pos, ScriptFn fn, int[] sourceSlots, boolean[] sourceGlobal) {
      super(pos);
      this.fn = fn;
      this.sourceSlots = sourceSlots;
      this.sourceGlobal = sourceGlobal;
    }

    @Override
    public Object eval(Frame f) {
      if (sourceSlots.length == 0) {
        return new FnPtr(fn.name, List.of(), fn);
      }
      Object[] cells = new Object[sourceSlots.length];
      for (int i = 0; i < sourceSlots.length; i++) {
        Object[] slots = sourceGlobal[i] ? f.rt.mainFrame.slots : f.slots;
        Object v = slots[sourceSlots[i]];
        if (v instanceof StrBuf b) {
          v = b.toString();
        }
        if (!(v instanceof SharedCell)) {
          if (v == null) {
            v = Unit.INSTANCE;
          }
          v = new SharedCell(v);
          slots[sourceSlots[i]] = v;
        }
        cells[i] = v;
      }
      return new FnPtr(fn.name, Arrays.asList(cells), fn);
    }
  }

  /** A bare script-function name used as a value: a function pointer. */
  static final class FnRef extends Node {
    final String name;

    FnRef(Position pos, String name) {
      super(pos);
      this.name = name;
    }

    @Override
    public Object eval(Frame f) {
      return new FnPtr(name);
    }
  }

  /** {@code f.call(args)} / {@code call(f, args)} in function-call style. */
  static final class CallPtr extends Node {
    final Node[] args;

    CallPtr(Position pos, Node[] args) {
      super(pos);
      this.args = args;
    }

    @Override
    public Object eval(Frame f) {
      Object[] vals = evalArgs(f, args);
      if (vals.length == 0 || !(vals[0] instanceof FnPtr p)) {
        throw Errors.functionNotFound(Errors.signature("call", vals, f.rt::typeName), pos);
      }
      return Calls.callFnPtr(f.rt, f.unit, p, Arrays.copyOfRange(vals, 1, vals.length), null, pos);
    }
  }

  /** Calls of the reserved names {@code print}, {@code debug}, {@code type_of}, … */
  static final class Special extends Node {
    final String name;
    final Node[] args;
    final Map<String, Integer> visible;

    Special(Position pos, String name, Node[] args, Map<String, Integer> visible) {
      super(pos);
      this.name = name;
      this.args = args;
      this.visible = visible;
    }

    @Override
    public Object eval(Frame f) {
      Runtime rt = f.rt;
      switch (name) {
        case "print": {
          String text = args.length == 0 ? "" : display(rt, f.unit, args[0].evalRef(f));
          rt.out.print(text);
          return Unit.INSTANCE;
        }
        case "debug": {
          String text = args.length == 0 ? "" : Values.toDebug(args[0].evalRef(f));
          rt.out.debug(text, f.unit.source, pos);
          return Unit.INSTANCE;
        }
        case "type_of":
          if (args.length == 1) {
            return rt.typeName(args[0].evalRef(f));
          }
          break;
        case "is_shared":
          if (args.length == 1) {
            return args[0] instanceof CellAware c && c.isCell(f);
          }
          break;
        case "Fn":
          if (args.length == 1) {
            Object v = args[0].evalRef(f);
            if (v instanceof String s) {
              return makeFnPtr(s, pos);
            }
          }
          break;
        case "curry":
          if (args.length >= 1) {
            Object[] vals = evalArgs(f, args);
            if (vals[0] instanceof FnPtr p) {
              FnPtr c = p.curry(Arrays.asList(vals).subList(1, vals.length));
              f.rt.budget.checkNew(c, pos);
              return c;
            }
            throw Errors.functionNotFound(Errors.signature("curry", vals, f.rt::typeName), pos);
          }
          break;
        case "is_def_fn":
          if (args.length == 2) {
            Object n = args[0].evalRef(f);
            Object a = args[1].evalRef(f);
            if (n instanceof String s && a instanceof Long l) {
              return l >= 0 && f.unit.function(s, (int) (long) l) != null;
            }
          } else if (args.length == 3) {
            Object t = args[0].evalRef(f);
            Object n = args[1].evalRef(f);
            Object a = args[2].evalRef(f);
            if (t instanceof String ts && n instanceof String s && a instanceof Long l) {
              return l >= 0 && f.unit.typedMethod(ts, s, (int) (long) l) != null;
            }
          }
          break;
        case "is_def_var":
          if (args.length == 1) {
            Object n = args[0].evalRef(f);
            if (n instanceof String s) {
              Integer slot = visible.get(s);
              return slot != null && f.slots[slot] != null;
            }
          }
          break;
        default:
          break;
      }
      Object[] vals = evalArgs(f, args);
      throw Errors.functionNotFound(Errors.signature(name, vals, f.rt::typeName), pos);
    }
  }

  /** The print form of a value, using a registered {@code to_string} for custom types. */
  static String display(Runtime rt, CompiledUnit unit, Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (!rt.engine.natives().typeNames().isEmpty()
        && rt.engine.natives().typeNames().containsKey(v.getClass())) {
      Object[] a = {v};
      NativeFn fn = rt.engine.natives().resolve("to_string", Calls.classes(a));
      if (fn != null) {
        return Values.toDisplay(Calls.callNative(rt, unit, fn, a, Position.NONE, "to_string"));
      }
    }
    return Values.toDisplay(v);
  }

  static FnPtr makeFnPtr(String s, Position pos) {
    if (dev.picloud.executor.script.rhai.lex.Lexer.KEYWORDS.contains(s)
        || dev.picloud.executor.script.rhai.lex.Lexer.RESERVED_WORDS.contains(s)
        || dev.picloud.executor.script.rhai.lex.Lexer.CALLABLE_RESERVED.contains(s)) {
      throw RhaiError.of(ErrorKind.ErrorParsing, "Syntax error: '" + s + "' is a reserved keyword", pos);
    }
    if (s.isEmpty() || !validName(s)) {
      throw Errors.functionNotFound(s, pos);
    }
    return new FnPtr(s);
  }

  static boolean validName(String s) {
    if (!Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
        return false;
      }
    }
    return true;
  }

  /** Nodes that can tell whether their variable currently holds a shared cell. */
  interface CellAware {
    /** Whether the variable's slot holds a shared cell. */
    boolean isCell(Frame f);
  }
}
