package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiIterable;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import dev.picloud.executor.script.rhai.value.SharedCell;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.Iterator;
import java.util.List;

/** {@code for} and {@code switch}. */
final class LoopNodes {
  private LoopNodes() {}

  /** {@code for x in iter {}} / {@code for (x, i) in iter {}}. */
  static final class For extends Node {
    final int slot;
    final int counterSlot;
    final Node iter;
    final Node body;

    For(Position pos, int slot, int counterSlot, Node iter, Node body) {
      super(pos);
      this.slot = slot;
      this.counterSlot = counterSlot;
      this.iter = iter;
      this.body = body;
    }

    private void set(Frame f, Object v, long i) {
      Object cur = f.slots[slot];
      if (cur instanceof SharedCell c) {
        c.value = v;
      } else {
        f.slots[slot] = v;
      }
      if (counterSlot >= 0) {
        Object cc = f.slots[counterSlot];
        if (cc instanceof SharedCell c) {
          c.value = i;
        } else {
          f.slots[counterSlot] = i;
        }
      }
    }

    /** Runs the body once; returns false when the loop must stop (break). */
    private boolean step(Frame f) {
      f.rt.budget.tick(pos);
      try {
        body.eval(f);
        return true;
      } catch (ControlSignal s) {
        if (s == ControlSignal.BREAK) {
          return false;
        }
        if (s == ControlSignal.CONTINUE) {
          return true;
        }
        throw s;
      }
    }

    @Override
    public Object eval(Frame f) {
      Object it = iter.eval(f);
      f.slots[slot] = null;
      if (counterSlot >= 0) {
        f.slots[counterSlot] = null;
      }
      f.signalValue = Unit.INSTANCE;
      if (it instanceof RhaiRange r) {
        long end = r.end();
        long n = 0;
        for (long i = r.start(); i < end; i++) {
          set(f, i, n++);
          if (!step(f)) {
            return f.signalValue;
          }
        }
        return Unit.INSTANCE;
      }
      if (it instanceof RhaiArray a) {
        List<Object> items = a.view();
        for (int i = 0; i < items.size(); i++) {
          set(f, Values.share(items.get(i)), i);
          if (!step(f)) {
            return f.signalValue;
          }
        }
        return Unit.INSTANCE;
      }
      if (it instanceof String s) {
        long n = 0;
        for (int i = 0; i < s.length(); ) {
          int cp = s.codePointAt(i);
          i += Character.charCount(cp);
          set(f, RhaiChar.of(cp), n++);
          if (!step(f)) {
            return f.signalValue;
          }
        }
        return Unit.INSTANCE;
      }
      if (it instanceof RhaiBlob b) {
        for (int i = 0; i < b.size(); i++) {
          set(f, (long) b.get(i), i);
          if (!step(f)) {
            return f.signalValue;
          }
        }
        return Unit.INSTANCE;
      }
      if (it instanceof RhaiIterable ri) {
        long n = 0;
        Iterator<Object> x = ri.iterator();
        while (x.hasNext()) {
          set(f, x.next(), n++);
          if (!step(f)) {
            return f.signalValue;
          }
        }
        return Unit.INSTANCE;
      }
      throw RhaiError.of(ErrorKind.ErrorFor, "For loop expects iterable type", iter.pos);
    }
  }

  /** {@code switch}: value cases in order, then range cases, then the default. */
  static final class Switch extends Node {
    final Node value;
    final Object[][] labels;
    final Node[] guards;
    final Node[] bodies;
    final Node deflt;

    Switch(Position pos, Node value, Object[][] labels, Node[] guards, Node[] bodies, Node deflt) {
      super(pos);
      this.value = value;
      this.labels = labels;
      this.guards = guards;
      this.bodies = bodies;
      this.deflt = deflt;
    }

    @Override
    public Object eval(Frame f) {
      Object v = value.evalRef(f);
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < labels.length; i++) {
          for (Object label : labels[i]) {
            boolean isRange = (label instanceof RhaiRange || label instanceof RhaiRangeInclusive)
                && v instanceof Long;
            if (isRange != (pass == 1)) {
              continue;
            }
            boolean hit;
            if (isRange) {
              hit = v instanceof Long l && (label instanceof RhaiRange r ? r.contains(l)
                  : ((RhaiRangeInclusive) label).contains(l));
            } else {
              hit = matches(label, v);
            }
            if (hit && (guards[i] == null || guards[i].evalBool(f))) {
              return bodies[i].eval(f);
            }
          }
        }
      }
      return deflt == null ? Unit.INSTANCE : deflt.eval(f);
    }

    /** Hash-equality of a literal label and a value: same type and same value. */
    static boolean matches(Object label, Object v) {
      if (label.getClass() != v.getClass()) {
        return false;
      }
      if (label instanceof Double d) {
        return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits((Double) v);
      }
      if (label instanceof RhaiArray a) {
        RhaiArray b = (RhaiArray) v;
        if (a.size() != b.size()) {
          return false;
        }
        for (int i = 0; i < a.size(); i++) {
          if (!matches(a.get(i), b.get(i))) {
            return false;
          }
        }
        return true;
      }
      if (label instanceof RhaiMap a) {
        RhaiMap b = (RhaiMap) v;
        if (a.size() != b.size()) {
          return false;
        }
        for (var e : a.view().entrySet()) {
          Object o = b.get(e.getKey());
          if (o == null || !matches(e.getValue(), o)) {
            return false;
          }
        }
        return true;
      }
      return label.equals(v) || (label instanceof Unit && v instanceof Unit);
    }
  }
}
