package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.value.SharedCell;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.Map;

/**
 * Indexing and property chains. Reading ({@code a[i].b}) goes through {@link Node#evalRef}
 * without copies; writing ({@code a[i].b = v}, {@code a[i] += v}, {@code a.push(x)}) goes
 * through {@link Place}: index values are evaluated first, left to right, then the chain is
 * walked with a {@link Indexing.Modifier}, and immutable links (strings, INT bit-fields) are
 * rebuilt and written back to their parent.
 */
final class ChainNodes {
  private ChainNodes() {}

  static RhaiError dataRace(String name, Position pos) {
    return RhaiError.of(ErrorKind.ErrorDataRace, "Data race detected on variable '" + name + "'",
        pos, Map.of("variable", name));
  }

  /** A node that can be the target of an assignment or a mutating method call. */
  interface Place {
    /** Number of index values the chain evaluates. */
    int keyCount();

    /** Evaluates this chain's index values into {@code keys}. */
    void evalKeys(Frame f, Object[] keys);

    /** Applies {@code m} to the current value at this place. */
    void modify(Frame f, Object[] keys, Indexing.Modifier m);

    /** Whether the root variable is a constant. */
    boolean constantRoot();

    /** The root variable's name (for error messages). */
    String rootName();

    /**
     * Whether the chain really ends in a variable or {@code this}: an index or property link
     * over a literal or a call result ({@code "abc".len}) is readable but is no place.
     */
    default boolean isPlace() {
      return true;
    }
  }

  /** {@code n} as a place when its whole chain is one, else null. */
  static Place asPlace(Node n) {
    return n instanceof Place p && p.isPlace() ? p : null;
  }

  /** A variable as a place. */
  static final class VarPlace extends Node implements Place, CallNodes.CellAware {
    final int slot;
    final String name;
    final boolean isConst;
    final boolean global;
    final boolean mayBeCell;

    VarPlace(Position pos, int slot, String name, boolean isConst, boolean global, boolean mayBeCell) {
      super(pos);
      this.slot = slot;
      this.name = name;
      this.isConst = isConst;
      this.global = global;
      this.mayBeCell = mayBeCell;
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
          throw dataRace(name, pos);
        }
        return c.value;
      }
      if (v instanceof StrBuf b) {
        v = b.toString();
        slots[slot] = v;
      }
      if (v == null) {
        throw Nodes.varNotFound(name, pos);
      }
      return v;
    }

    @Override
    public boolean isCell(Frame f) {
      return (global ? f.rt.mainFrame.slots : f.slots)[slot] instanceof SharedCell;
    }

    @Override
    public int keyCount() {
      return 0;
    }

    @Override
    public void evalKeys(Frame f, Object[] keys) {}

    @Override
    public void modify(Frame f, Object[] keys, Indexing.Modifier m) {
      Object[] slots = global ? f.rt.mainFrame.slots : f.slots;
      Object v = slots[slot];
      if (v == null) {
        throw Nodes.varNotFound(name, pos);
      }
      if (v instanceof StrBuf b) {
        v = b.toString();
        slots[slot] = v;
      }
      SharedCell cell = v instanceof SharedCell c ? c : null;
      Object cur = cell != null ? cell.value : v;
      Object r;
      if (cell != null) {
        if (cell.locked) {
          throw dataRace(name, pos);
        }
        cell.locked = true;
        try {
          r = m.apply(cur);
        } finally {
          cell.locked = false;
        }
      } else {
        r = m.apply(cur);
      }
      if (r != Indexing.NO_CHANGE) {
        if (isConst || global) {
          throw RhaiError.of(ErrorKind.ErrorAssignmentToConstant, "Cannot modify constant " + name,
              pos, Map.of("variable", name));
        }
        if (cell != null) {
          cell.value = r;
        } else {
          slots[slot] = r;
        }
      }
    }

    @Override
    public boolean constantRoot() {
      return isConst || global;
    }

    @Override
    public String rootName() {
      return name;
    }
  }

  /** {@code this} as a place. */
  static final class ThisPlace extends Node implements Place {
    ThisPlace(Position pos) {
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

    @Override
    public int keyCount() {
      return 0;
    }

    @Override
    public void evalKeys(Frame f, Object[] keys) {}

    @Override
    public void modify(Frame f, Object[] keys, Indexing.Modifier m) {
      Object r = m.apply(evalRef(f));
      if (r != Indexing.NO_CHANGE) {
        f.thisValue = r;
      }
    }

    @Override
    public boolean constantRoot() {
      return false;
    }

    @Override
    public String rootName() {
      return "this";
    }
  }

  /** {@code target[index]}: readable, and a place when its target is one. */
  static final class Index extends Node implements Place {
    final Node target;
    final Node index;
    final boolean safe;
    final int keySlot;

    /** Where the index expression starts: bounds and index-type errors are reported there. */
    final Position indexPos;

    Index(Position pos, Node target, Node index, boolean safe, Position indexPos) {
      super(pos);
      this.target = target;
      this.index = index;
      this.safe = safe;
      this.indexPos = indexPos;
      this.keySlot = target instanceof Place p ? p.keyCount() : 0;
    }

    @Override
    public boolean isPlace() {
      return asPlace(target) != null;
    }

    @Override
    public Object eval(Frame f) {
      return Values.share(evalRef(f));
    }

    @Override
    public Object evalRef(Frame f) {
      Object t = target.evalRef(f);
      if (safe && t instanceof Unit) {
        throw ControlSignal.NULL_CHAIN;
      }
      Object k = index.evalRef(f);
      return Indexing.get(f.rt, f.unit, t, k, pos, indexPos);
    }

    @Override
    public int keyCount() {
      return keySlot + 1;
    }

    @Override
    public void evalKeys(Frame f, Object[] keys) {
      ((Place) target).evalKeys(f, keys);
      keys[keySlot] = index.eval(f);
    }

    @Override
    public void modify(Frame f, Object[] keys, Indexing.Modifier m) {
      Object k = keys[keySlot];
      ((Place) target).modify(f, keys, t -> {
        if (safe && t instanceof Unit) {
          return Indexing.NO_CHANGE;
        }
        return Indexing.modify(f.rt, f.unit, t, k, m, pos, indexPos);
      });
    }

    @Override
    public boolean constantRoot() {
      return ((Place) target).constantRoot();
    }

    @Override
    public String rootName() {
      return ((Place) target).rootName();
    }
  }

  /** {@code target.name}: readable, and a place when its target is one. */
  static final class Prop extends Node implements Place {
    final Node target;
    final String name;
    final boolean safe;

    Prop(Position pos, Node target, String name, boolean safe) {
      super(pos);
      this.target = target;
      this.name = name;
      this.safe = safe;
    }

    @Override
    public boolean isPlace() {
      return asPlace(target) != null;
    }

    @Override
    public Object eval(Frame f) {
      return Values.share(evalRef(f));
    }

    @Override
    public Object evalRef(Frame f) {
      Object t = target.evalRef(f);
      if (safe && t instanceof Unit) {
        throw ControlSignal.NULL_CHAIN;
      }
      return Indexing.getProp(f.rt, f.unit, t, name, pos);
    }

    @Override
    public int keyCount() {
      return target instanceof Place p ? p.keyCount() : 0;
    }

    @Override
    public void evalKeys(Frame f, Object[] keys) {
      ((Place) target).evalKeys(f, keys);
    }

    @Override
    public void modify(Frame f, Object[] keys, Indexing.Modifier m) {
      ((Place) target).modify(f, keys, t -> {
        if (safe && t instanceof Unit) {
          return Indexing.NO_CHANGE;
        }
        return Indexing.modifyProp(f.rt, f.unit, t, name, m, pos);
      });
    }

    @Override
    public boolean constantRoot() {
      return ((Place) target).constantRoot();
    }

    @Override
    public String rootName() {
      return ((Place) target).rootName();
    }
  }

  /** The outermost node of a chain that contains {@code ?.}/{@code ?[}: turns a skip into {@code ()}. */
  static final class SafeChain extends Node {
    final Node inner;

    SafeChain(Node inner) {
      super(inner.pos);
      this.inner = inner;
    }

    @Override
    public Object eval(Frame f) {
      try {
        return inner.eval(f);
      } catch (ControlSignal s) {
        if (s == ControlSignal.NULL_CHAIN) {
          return Unit.INSTANCE;
        }
        throw s;
      }
    }

    @Override
    public Object evalRef(Frame f) {
      try {
        return inner.evalRef(f);
      } catch (ControlSignal s) {
        if (s == ControlSignal.NULL_CHAIN) {
          return Unit.INSTANCE;
        }
        throw s;
      }
    }
  }

  /** {@code place = value} / {@code place op= value} on a chain. */
  static final class Assign extends Node {
    final Place place;
    final String op;
    final Node value;

    Assign(Position pos, Place place, String op, Node value) {
      super(pos);
      this.place = place;
      this.op = op;
      this.value = value;
    }

    @Override
    public Object eval(Frame f) {
      Object v = value.eval(f);
      if (place.constantRoot() && !(place instanceof VarPlace)) {
        throw RhaiError.of(ErrorKind.ErrorAssignmentToConstant,
            "Cannot modify constant " + place.rootName(), pos, Map.of("variable", place.rootName()));
      }
      Object[] keys = new Object[place.keyCount()];
      place.evalKeys(f, keys);
      if (op == null) {
        place.modify(f, keys, cur -> v);
      } else {
        place.modify(f, keys, cur -> Ops.opAssign(op, cur, v, f.rt, f.unit, pos));
      }
      return Unit.INSTANCE;
    }
  }

  /** {@code local[i] = value}: the common array-element store, without the generic chain walk. */
  static final class SetIndexLocal extends Node {
    final int slot;
    final Node index;
    final Node value;
    final Assign generic;

    SetIndexLocal(Position pos, int slot, Node index, Node value, Assign generic) {
      super(pos);
      this.slot = slot;
      this.index = index;
      this.value = value;
      this.generic = generic;
    }

    @Override
    public Object eval(Frame f) {
      if (f.slots[slot] instanceof dev.picloud.executor.script.rhai.value.RhaiArray a) {
        Object v = value.eval(f);
        Object k = index.evalRef(f);
        if (k instanceof Long i) {
          int n = a.size();
          long j = i < 0 ? n + i : i;
          if (j >= 0 && j < n) {
            a.set((int) j, v);
            if (f.rt.budget.checksData()) {
              f.rt.budget.checkAdded(a, v, false, pos);
            }
            return Unit.INSTANCE;
          }
        }
        Object[] keys = {k};
        ((Index) generic.place).modify(f, keys, cur -> v);
        return Unit.INSTANCE;
      }
      return generic.eval(f);
    }
  }

  /** {@code x op= value} on a plain local INT/FLOAT/string variable: the common fast case. */
  static final class OpAssignLocal extends Node {
    final int slot;
    final String op;
    final int code;
    final Node value;

    OpAssignLocal(Position pos, int slot, String op, Node value) {
      super(pos);
      this.slot = slot;
      this.op = op;
      this.code = switch (op) {
        case "+" -> 0;
        case "-" -> 1;
        case "*" -> 2;
        default -> 3;
      };
      this.value = value;
    }

    @Override
    public Object eval(Frame f) {
      Object v = value.evalRef(f);
      Object cur = f.slots[slot];
      if (cur instanceof Long a && v instanceof Long b) {
        try {
          f.slots[slot] = switch (code) {
            case 0 -> Ops.add(a, b);
            case 1 -> Ops.sub(a, b);
            case 2 -> Ops.mul(a, b);
            default -> Ops.opAssign(op, cur, v, f.rt, f.unit, pos);
          };
        } catch (RhaiError e) {
          throw e.withPositionIfNone(pos);
        }
        return Unit.INSTANCE;
      }
      if (cur instanceof StrBuf sb && op.equals("+") && (v instanceof String || v instanceof dev.picloud.executor.script.rhai.value.RhaiChar)) {
        sb.append(v.toString(), f.rt, pos);
        return Unit.INSTANCE;
      }
      if (cur instanceof String s && op.equals("+") && v instanceof String t && s.length() + t.length() > 64) {
        StrBuf sb = new StrBuf(s);
        sb.append(t, f.rt, pos);
        f.slots[slot] = sb;
        return Unit.INSTANCE;
      }
      if (cur instanceof StrBuf sb) {
        cur = sb.toString();
      }
      f.slots[slot] = Ops.opAssign(op, cur, Values.share(v), f.rt, f.unit, pos);
      return Unit.INSTANCE;
    }
  }

  /** An assignment to a name that is no variable (a function's name): "Variable not found". */
  static final class AssignMissing extends Node {
    final String name;
    final Position namePos;
    final Node value;

    AssignMissing(Position pos, String name, Position namePos, Node value) {
      super(pos);
      this.name = name;
      this.namePos = namePos;
      this.value = value;
    }

    @Override
    public Object eval(Frame f) {
      value.eval(f);
      throw Nodes.varNotFound(name, namePos);
    }
  }
}
