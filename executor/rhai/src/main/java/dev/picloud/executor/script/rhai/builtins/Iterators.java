package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiIterable;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The iterator values of {@code BasicIterator} (all of type name {@code "range"}): stepped INT
 * and FLOAT ranges, {@code chars(…)} over a string and {@code bits(…)} over an INT.
 */
final class Iterators {
  private Iterators() {}

  static void register(FunctionTable.Builder t) {
    t.fn1("chars", String.class, s -> chars(s, 0, Long.MAX_VALUE));
    t.getter("chars", String.class, (c, a) -> chars((String) a[0], 0, Long.MAX_VALUE));
    t.fn2("chars", String.class, Long.class, (s, from) -> chars(s, from, Long.MAX_VALUE));
    t.fn3("chars", String.class, Long.class, Long.class, Iterators::chars);
    t.fn2("chars", String.class, RhaiRange.class, (s, r) -> {
      long from = Math.max(r.start(), 0);
      return chars(s, from, Math.max(r.end(), from) - from);
    });
    t.fn2("chars", String.class, RhaiRangeInclusive.class, (s, r) -> {
      long from = Math.max(r.start(), 0);
      long to = Math.min(Math.max(r.end(), from - 1), Long.MAX_VALUE - 1);
      return chars(s, from, to - from + 1);
    });
    t.fn("bits", (c, a) -> bits(c, (Long) a[0], 0, Long.MAX_VALUE), Long.class);
    t.getter("bits", Long.class, (c, a) -> bits(c, (Long) a[0], 0, Long.MAX_VALUE));
    t.fn("bits", (c, a) -> bits(c, (Long) a[0], (Long) a[1], Long.MAX_VALUE),
        Long.class, Long.class);
    t.fn("bits", (c, a) -> bits(c, (Long) a[0], (Long) a[1], (Long) a[2]),
        Long.class, Long.class, Long.class);
    t.fn("bits", (c, a) -> {
      RhaiRange r = (RhaiRange) a[1];
      long from = Math.max(r.start(), 0);
      return bits(c, (Long) a[0], from, Math.max(r.end(), from) - from);
    }, Long.class, RhaiRange.class);
    t.fn("bits", (c, a) -> {
      RhaiRangeInclusive r = (RhaiRangeInclusive) a[1];
      long from = Math.max(r.start(), 0);
      long to = Math.min(Math.max(r.end(), from - 1), Long.MAX_VALUE - 1);
      return bits(c, (Long) a[0], from, to - from + 1);
    }, Long.class, RhaiRangeInclusive.class);
  }

  /**
   * Characters of {@code s} from {@code from} (negative counts from the end, clamped to the
   * start), at most {@code len}; {@code len <= 0} gives nothing.
   */
  static RhaiIterable chars(String s, long from, long len) {
    if (len <= 0) {
      return Collections::emptyIterator;
    }
    long skip = from;
    if (from < 0) {
      skip = Math.max(0, s.codePointCount(0, s.length()) + from);
    }
    long first = skip;
    return () -> s.codePoints().skip(first).limit(len)
        .mapToObj(cp -> (Object) RhaiChar.of(cp)).iterator();
  }

  /**
   * Bits of {@code value} from bit {@code from} (negative counts from the MSB; out of -64..63 is
   * a bit-field bounds error), at most {@code len} and never past bit 63.
   */
  static RhaiIterable bits(NativeCallContext c, long value, long from, long len) {
    int start;
    if (from < 0) {
      if (from < -64) {
        throw Errors.bitBounds(from, Position.NONE);
      }
      start = (int) (64 + from);
    } else if (from < 64) {
      start = (int) from;
    } else {
      throw Errors.bitBounds(from, Position.NONE);
    }
    int count = len < 0 ? 0 : (int) Math.min(len, 64 - start);
    long shifted = value >> start;
    return () -> new Iterator<>() {
      private long bits = shifted;
      private int left = count;

      @Override
      public boolean hasNext() {
        return left > 0;
      }

      @Override
      public Object next() {
        if (left <= 0) {
          throw new NoSuchElementException();
        }
        boolean b = (bits & 1) != 0;
        bits >>= 1;
        left--;
        return b;
      }
    };
  }

  /**
   * Rhai's {@code StepRange}: the direction is fixed at creation (forward if {@code from < to} and
   * the step goes up, backward if {@code from > to} and it goes down, else empty), iteration stops
   * when the next value reaches {@code to}, and a step that would overflow ends the iteration
   * without yielding the current value (Rhai computes the next value before returning one).
   */
  abstract static class StepRange implements RhaiIterable {
    static StepRange ofInts(long from, long to, long step) {
      return new StepRange() {
        @Override
        public Iterator<Object> iterator() {
          return new Steps(from, to, step);
        }
      };
    }

    static StepRange ofFloats(double from, double to, double step) {
      return new StepRange() {
        @Override
        public Iterator<Object> iterator() {
          return new FloatSteps(from, to, step);
        }
      };
    }
  }

  private static final class Steps implements Iterator<Object> {
    private long from;
    private final long to;
    private final long step;
    private int dir;
    private Object pending;

    Steps(long from, long to, long step) {
      this.from = from;
      this.to = to;
      this.step = step;
      long n = from + step;
      boolean overflow = ((from ^ n) & (step ^ n)) < 0;
      if (!overflow) {
        dir = from < to && n > from ? 1 : from > to && n < from ? -1 : 0;
      }
    }

    @Override
    public boolean hasNext() {
      if (pending == null && dir != 0) {
        long v = from;
        long n = v + step;
        if (((v ^ n) & (step ^ n)) < 0) {
          dir = 0;
          return false;
        }
        from = n;
        if ((dir > 0 && n >= to) || (dir < 0 && n <= to)) {
          dir = 0;
        }
        pending = v;
      }
      return pending != null;
    }

    @Override
    public Object next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Object v = pending;
      pending = null;
      return v;
    }
  }

  private static final class FloatSteps implements Iterator<Object> {
    private double from;
    private final double to;
    private final double step;
    private int dir;

    FloatSteps(double from, double to, double step) {
      this.from = from;
      this.to = to;
      this.step = step;
      double n = from + step;
      dir = from < to && n > from ? 1 : from > to && n < from ? -1 : 0;
    }

    @Override
    public boolean hasNext() {
      return dir != 0;
    }

    @Override
    public Object next() {
      if (dir == 0) {
        throw new NoSuchElementException();
      }
      double v = from;
      from = v + step;
      if ((dir > 0 && from >= to) || (dir < 0 && from <= to)) {
        dir = 0;
      }
      return v;
    }
  }
}
