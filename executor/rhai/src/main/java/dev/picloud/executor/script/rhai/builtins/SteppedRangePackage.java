package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.value.RhaiIterable;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The stepped iterators of Rhai's {@code BasicIteratorPackage} ({@code range(from, to, step)} over
 * INT and FLOAT, {@code range(from..to, step)}) and the method forms of the range predicates
 * ({@code r.is_empty()}, {@code r.is_inclusive()}, {@code r.is_exclusive()}).
 *
 * <p>Rhai's {@code StepRange}: the direction is fixed when the iterator is made (forward if {@code
 * from < to} and the first step increases, backward if {@code from > to} and it decreases, else
 * empty); a step that does not move the value ({@code 0}, or a FLOAT step lost to rounding) is
 * "step value cannot be zero" wrapped in an error for function {@code range}; an INT step that
 * overflows ends the iteration without yielding the value before it.
 */
public final class SteppedRangePackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn3("range", Long.class, Long.class, Long.class, IntStepRange::of);
    t.fn2("range", RhaiRange.class, Long.class,
        (r, step) -> IntStepRange.of(r.start(), r.end(), step));
    t.fn3("range", Double.class, Double.class, Double.class, FloatStepRange::of);

    t.fn1("is_empty", RhaiRange.class, r -> r.start() >= r.end());
    t.fn1("is_empty", RhaiRangeInclusive.class, r -> r.start() > r.end());
    t.fn1("is_inclusive", RhaiRange.class, r -> false);
    t.fn1("is_inclusive", RhaiRangeInclusive.class, r -> true);
    t.fn1("is_exclusive", RhaiRange.class, r -> true);
    t.fn1("is_exclusive", RhaiRangeInclusive.class, r -> false);
  }

  static RhaiError zeroStep() {
    return RhaiRuntimeError.inFunctionCall("range", Errors.arithmetic("step value cannot be zero"),
        Position.NONE);
  }

  /** {@code range(from, to, step)} over INT (type name "range"). */
  record IntStepRange(long from, long to, long step, int dir) implements RhaiIterable {
    static IntStepRange of(long from, long to, long step) {
      int dir = 0;
      long n = from + step;
      boolean overflow = ((from ^ n) & (step ^ n)) < 0;
      if (!overflow) {
        if (n == from) {
          throw zeroStep();
        }
        if (from < to && n > from) {
          dir = 1;
        } else if (from > to && n < from) {
          dir = -1;
        }
      }
      return new IntStepRange(from, to, step, dir);
    }

    @Override
    public Iterator<Object> iterator() {
      return new Iterator<>() {
        private long next = from;
        private int direction = dir;

        @Override
        public boolean hasNext() {
          if (direction != 0 && willOverflow()) {
            direction = 0;
          }
          return direction != 0;
        }

        private boolean willOverflow() {
          long n = next + step;
          return ((next ^ n) & (step ^ n)) < 0;
        }

        @Override
        public Object next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          long v = next;
          next += step;
          if (direction > 0 ? next >= to : next <= to) {
            direction = 0;
          }
          return v;
        }
      };
    }
  }

  /** {@code range(from, to, step)} over FLOAT (type name "range"); IEEE addition, no checks. */
  record FloatStepRange(double from, double to, double step, int dir) implements RhaiIterable {
    static FloatStepRange of(double from, double to, double step) {
      double n = from + step;
      if (n == from) {
        throw zeroStep();
      }
      int dir = 0;
      if (from < to && n > from) {
        dir = 1;
      } else if (from > to && n < from) {
        dir = -1;
      }
      return new FloatStepRange(from, to, step, dir);
    }

    @Override
    public Iterator<Object> iterator() {
      return new Iterator<>() {
        private double next = from;
        private int direction = dir;

        @Override
        public boolean hasNext() {
          return direction != 0;
        }

        @Override
        public Object next() {
          if (direction == 0) {
            throw new NoSuchElementException();
          }
          double v = next;
          next += step;
          if (direction > 0 ? next >= to : next <= to) {
            direction = 0;
          }
          return v;
        }
      };
    }
  }
}
