package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.builtins.Errors;
import dev.picloud.executor.script.rhai.sandbox.Sizes;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.SharedCell;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.Map;

/** Literal, variable and statement-structure nodes. */
final class Nodes {
  private Nodes() {}

  static RhaiError varNotFound(String name, Position pos) {
    return RhaiError.of(ErrorKind.ErrorVariableNotFound, "Variable not found: " + name, pos,
        Map.of("variable", name));
  }

  /** An immutable literal value. */
  static final class Const extends Node {
    final Object value;

    Const(Position pos, Object value) {
      super(pos);
      this.value = value;
    }

    @Override
    public Object eval(Frame f) {
      return value;
    }
  }

  /** {@code [a, b, c]}. */
  static final class ArrayLit extends Node {
    final Node[] items;

    ArrayLit(Position pos, Node[] items) {
      super(pos);
      this.items = items;
    }

    @Override
    public Object eval(Frame f) {
      RhaiArray a = new RhaiArray(items.length);
      for (Node n : items) {
        a.add(n.eval(f));
      }
      var budget = f.rt.budget;
      if (budget.checksData()) {
        // Measured from the element values just built (cheap: scalars, or cached sizes).
        long bytes = Sizes.CONTAINER + 8L * items.length;
        for (Object v : a.view()) {
          bytes += Sizes.deep(v, Long.MAX_VALUE);
        }
        a.cacheDeepSize(bytes);
        budget.checkBuilt(a, bytes, pos);
      }
      return a;
    }
  }

  /** {@code #{k: v}}. */
  static final class MapLit extends Node {
    final String[] keys;
    final Node[] values;
    /** The memory estimate of the map without its values (entries and key characters). */
    final long keyBytes;

    MapLit(Position pos, String[] keys, Node[] values) {
      super(pos);
      this.keys = keys;
      this.values = values;
      long b = Sizes.CONTAINER;
      for (String k : keys) {
        b += Sizes.ENTRY + 2L * k.length();
      }
      this.keyBytes = b;
    }

    @Override
    public Object eval(Frame f) {
      RhaiMap m = new RhaiMap();
      var raw = m.mut();
      var budget = f.rt.budget;
      boolean check = budget.checksData();
      long bytes = keyBytes;
      for (int i = 0; i < keys.length; i++) {
        Object v = values[i].eval(f);
        if (check) {
          bytes += Sizes.deep(v, Long.MAX_VALUE);
        }
        Object old = raw.put(keys[i], v);
        if (old != null && check) {
          // A repeated key: the earlier value is gone (rare; measure the map instead).
          bytes = -1;
        }
      }
      if (check) {
        if (bytes < 0) {
          budget.checkNew(m, pos);
        } else {
          m.cacheDeepSize(bytes);
          budget.checkBuilt(m, bytes, pos);
        }
      }
      return m;
    }
  }

  /** A back-tick string with interpolations. */
  static final class Interp extends Node {
    final Node[] parts;

    Interp(Position pos, Node[] parts) {
      super(pos);
      this.parts = parts;
    }

    @Override
    public Object eval(Frame f) {
      StringBuilder sb = new StringBuilder();
      for (Node p : parts) {
        sb.append(CallNodes.display(f.rt, f.unit, p.evalRef(f)));
        if (sb.length() > 4096) {
          f.rt.budget.checkString(sb.length(), pos);
        }
      }
      String s = sb.toString();
      f.rt.budget.checkString(s, pos);
      return s;
    }
  }

  /** A local variable that no closure captures. */
  static final class Local extends Node {
    final int slot;

    Local(Position pos, int slot) {
      super(pos);
      this.slot = slot;
    }

    @Override
    public Object eval(Frame f) {
      return Values.share(evalRef(f));
    }

    @Override
    public Object evalRef(Frame f) {
      Object v = f.slots[slot];
      if (v instanceof StrBuf b) {
        v = b.toString();
        f.slots[slot] = v;
      }
      return v;
    }
  }

  /** A local variable that may hold a shared cell (captured), or an external/host name. */
  static final class CellLocal extends Node {
    final int slot;
    final String name;
    final boolean global;

    CellLocal(Position pos, int slot, String name, boolean global) {
      super(pos);
      this.slot = slot;
      this.name = name;
      this.global = global;
    }

    @Override
    public Object eval(Frame f) {
      return Values.share(evalRef(f));
    }

    @Override
    public Object evalRef(Frame f) {
      Object[] slots = global ? f.rt.mainFrame.slots : f.slots;
      Object v = slots[slot];
      if (v instanceof SharedCell c) {
        if (c.locked) {
          throw ChainNodes.dataRace(name, pos);
        }
        return c.value;
      }
      if (v == null) {
        throw varNotFound(name, pos);
      }
      return v;
    }
  }

  /** {@code this}. */
  static final class This extends Node {
    This(Position pos) {
      super(pos);
    }

    @Override
    public Object eval(Frame f) {
      return Values.share(evalRef(f));
    }

    @Override
    public Object evalRef(Frame f) {
      if (f.thisValue == null) {
        throw RhaiError.of(ErrorKind.ErrorUnboundThis, "'this' not bound", pos);
      }
      return f.thisValue;
    }
  }

  /** {@code let x = v} / {@code const}. */
  static final class Let extends Node {
    final int slot;
    final Node init;

    Let(Position pos, int slot, Node init) {
      super(pos);
      this.slot = slot;
      this.init = init;
    }

    @Override
    public Object eval(Frame f) {
      f.slots[slot] = init == null ? Unit.INSTANCE : init.eval(f);
      return Unit.INSTANCE;
    }
  }

  /** {@code x = v} for a plain local. */
  static final class SetLocal extends Node {
    final int slot;
    final Node value;

    SetLocal(Position pos, int slot, Node value) {
      super(pos);
      this.slot = slot;
      this.value = value;
    }

    @Override
    public Object eval(Frame f) {
      f.slots[slot] = value.eval(f);
      return Unit.INSTANCE;
    }
  }

  /** A statement block: runs statements in order, value of the last one. */
  static final class Block extends Node {
    final Node[] stmts;

    Block(Position pos, Node[] stmts) {
      super(pos);
      this.stmts = stmts;
    }

    @Override
    public Object eval(Frame f) {
      Object v = Unit.INSTANCE;
      var budget = f.rt.budget;
      for (Node s : stmts) {
        budget.tick(s.pos);
        v = s.eval(f);
      }
      return v;
    }
  }

  /** {@code if}. */
  static final class If extends Node {
    final Node cond;
    final Node then;
    final Node orElse;

    If(Position pos, Node cond, Node then, Node orElse) {
      super(pos);
      this.cond = cond;
      this.then = then;
      this.orElse = orElse;
    }

    @Override
    public Object eval(Frame f) {
      if (cond.evalBool(f)) {
        return then.eval(f);
      }
      return orElse == null ? Unit.INSTANCE : orElse.eval(f);
    }
  }

  /** {@code while} / {@code loop}. */
  static final class While extends Node {
    final Node cond;
    final Node body;

    While(Position pos, Node cond, Node body) {
      super(pos);
      this.cond = cond;
      this.body = body;
    }

    @Override
    public Object eval(Frame f) {
      var budget = f.rt.budget;
      while (true) {
        budget.tick(pos);
        if (cond != null && !cond.evalBool(f)) {
          return Unit.INSTANCE;
        }
        try {
          body.eval(f);
        } catch (ControlSignal s) {
          if (s == ControlSignal.BREAK) {
            return f.signalValue;
          }
          if (s != ControlSignal.CONTINUE) {
            throw s;
          }
        }
      }
    }
  }

  /** {@code do {} while/until cond}; {@code continue} skips the condition (Rhai quirk). */
  static final class DoLoop extends Node {
    final Node body;
    final Node cond;
    final boolean until;

    DoLoop(Position pos, Node body, Node cond, boolean until) {
      super(pos);
      this.body = body;
      this.cond = cond;
      this.until = until;
    }

    @Override
    public Object eval(Frame f) {
      while (true) {
        f.rt.budget.tick(pos);
        try {
          body.eval(f);
        } catch (ControlSignal s) {
          if (s == ControlSignal.BREAK) {
            return f.signalValue;
          }
          if (s == ControlSignal.CONTINUE) {
            continue;
          }
          throw s;
        }
        if (cond.evalBool(f) == until) {
          return Unit.INSTANCE;
        }
      }
    }
  }

  /** {@code break [v]}. */
  static final class Break extends Node {
    final Node value;

    Break(Position pos, Node value) {
      super(pos);
      this.value = value;
    }

    @Override
    public Object eval(Frame f) {
      f.signalValue = value == null ? Unit.INSTANCE : value.eval(f);
      throw ControlSignal.BREAK;
    }
  }

  /** {@code continue}. */
  static final class Continue extends Node {
    Continue(Position pos) {
      super(pos);
    }

    @Override
    public Object eval(Frame f) {
      throw ControlSignal.CONTINUE;
    }
  }

  /** {@code return [v]}. */
  static final class Return extends Node {
    final Node value;

    Return(Position pos, Node value) {
      super(pos);
      this.value = value;
    }

    @Override
    public Object eval(Frame f) {
      f.signalValue = value == null ? Unit.INSTANCE : value.eval(f);
      throw ControlSignal.RETURN;
    }
  }

  /** {@code throw [v]}; a bare {@code throw} in a catch block re-throws the caught error. */
  static final class Throw extends Node {
    final Node value;

    Throw(Position pos, Node value) {
      super(pos);
      this.value = value;
    }

    @Override
    public Object eval(Frame f) {
      if (value == null) {
        Object c = f.rt.caught;
        if (c instanceof RhaiError e) {
          throw e.withPosition(pos);
        }
        throw RhaiRuntimeError.thrown(Unit.INSTANCE, pos);
      }
      throw RhaiRuntimeError.thrown(value.eval(f), pos);
    }
  }

  /** {@code try {} catch (e) {}}. */
  static final class Try extends Node {
    final Node body;
    final int slot;
    final Node handler;

    Try(Position pos, Node body, int slot, Node handler) {
      super(pos);
      this.body = body;
      this.slot = slot;
      this.handler = handler;
    }

    @Override
    public Object eval(Frame f) {
      try {
        return body.eval(f);
      } catch (RhaiError e) {
        if (!e.catchable()) {
          throw e;
        }
        if (slot >= 0) {
          f.slots[slot] = e.toCatchValue();
        }
        Object saved = f.rt.caught;
        f.rt.caught = e;
        try {
          handler.eval(f);
        } finally {
          f.rt.caught = saved;
        }
        return Unit.INSTANCE;
      }
    }
  }

  /** {@code a && b}. */
  static final class And extends Node {
    final Node l;
    final Node r;

    And(Position pos, Node l, Node r) {
      super(pos);
      this.l = l;
      this.r = r;
    }

    @Override
    public Object eval(Frame f) {
      return l.evalBool(f) && r.evalBool(f);
    }

    @Override
    public boolean evalBool(Frame f) {
      return l.evalBool(f) && r.evalBool(f);
    }
  }

  /** {@code a || b}. */
  static final class Or extends Node {
    final Node l;
    final Node r;

    Or(Position pos, Node l, Node r) {
      super(pos);
      this.l = l;
      this.r = r;
    }

    @Override
    public Object eval(Frame f) {
      return l.evalBool(f) || r.evalBool(f);
    }

    @Override
    public boolean evalBool(Frame f) {
      return l.evalBool(f) || r.evalBool(f);
    }
  }

  /** {@code a ?? b}. */
  static final class Coalesce extends Node {
    final Node l;
    final Node r;

    Coalesce(Position pos, Node l, Node r) {
      super(pos);
      this.l = l;
      this.r = r;
    }

    @Override
    public Object eval(Frame f) {
      Object v = l.eval(f);
      return v instanceof Unit ? r.eval(f) : v;
    }
  }

  /** {@code !x}. */
  static final class Not extends Node {
    final Node x;

    Not(Position pos, Node x) {
      super(pos);
      this.x = x;
    }

    @Override
    public Object eval(Frame f) {
      Object v = x.evalRef(f);
      if (v instanceof Boolean b) {
        return !b;
      }
      return Calls.callNativeByName(f.rt, f.unit, "!", new Object[] {v}, pos);
    }

    @Override
    public boolean evalBool(Frame f) {
      Object v = eval(f);
      if (v instanceof Boolean b) {
        return b;
      }
      throw Errors.mismatch(Values.typeName(v), "bool", pos);
    }
  }

  /** Unary {@code -x} / {@code +x}. */
  static final class Negate extends Node {
    final Node x;
    final boolean minus;

    Negate(Position pos, Node x, boolean minus) {
      super(pos);
      this.x = x;
      this.minus = minus;
    }

    @Override
    public Object eval(Frame f) {
      Object v = x.evalRef(f);
      if (v instanceof Long l) {
        return minus ? Ops.neg(l) : l;
      }
      if (v instanceof Double d) {
        return minus ? -d : d;
      }
      return Calls.callNativeByName(f.rt, f.unit, minus ? "-" : "+", new Object[] {v}, pos);
    }
  }
}
