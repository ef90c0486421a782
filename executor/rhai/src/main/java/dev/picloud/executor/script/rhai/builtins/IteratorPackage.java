package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiIterable;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The core of Rhai's {@code BasicIterator} package: {@code range(from, to[, step])}, {@code
 * chars(s)} and the range accessors.
 */
public final class IteratorPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn2("range", Long.class, Long.class, RhaiRange::new);
    t.fn3("range", Long.class, Long.class, Long.class, (from, to, step) -> {
      if (step == 0) {
        throw Errors.arithmetic("step value cannot be zero");
      }
      return new StepRange(from, to, step);
    });
    t.fn1("chars", String.class, s -> (RhaiIterable) () -> s.codePoints()
        .mapToObj(cp -> (Object) RhaiChar.of(cp)).iterator());
    t.fn1("start", RhaiRange.class, RhaiRange::start);
    t.fn1("end", RhaiRange.class, RhaiRange::end);
    t.fn1("start", RhaiRangeInclusive.class, RhaiRangeInclusive::start);
    t.fn1("end", RhaiRangeInclusive.class, RhaiRangeInclusive::end);
    t.getter("start", RhaiRange.class, (c, a) -> ((RhaiRange) a[0]).start());
    t.getter("end", RhaiRange.class, (c, a) -> ((RhaiRange) a[0]).end());
    t.getter("start", RhaiRangeInclusive.class, (c, a) -> ((RhaiRangeInclusive) a[0]).start());
    t.getter("end", RhaiRangeInclusive.class, (c, a) -> ((RhaiRangeInclusive) a[0]).end());
    t.getter("is_inclusive", RhaiRange.class, (c, a) -> false);
    t.getter("is_inclusive", RhaiRangeInclusive.class, (c, a) -> true);
    t.getter("is_exclusive", RhaiRange.class, (c, a) -> true);
    t.getter("is_exclusive", RhaiRangeInclusive.class, (c, a) -> false);
    t.getter("is_empty", RhaiRange.class, (c, a) -> ((RhaiRange) a[0]).start() >= ((RhaiRange) a[0]).end());
    t.getter("is_empty", RhaiRangeInclusive.class,
        (c, a) -> ((RhaiRangeInclusive) a[0]).start() > ((RhaiRangeInclusive) a[0]).end());
  }

  /** {@code range(from, to, step)}: an INT iterator (type name "range"). */
  record StepRange(long from, long to, long step) implements RhaiIterable {
    @Override
    public Iterator<Object> iterator() {
      return new Iterator<>() {
        private long next = from;

        @Override
        public boolean hasNext() {
          return step > 0 ? next < to : next > to;
        }

        @Override
        public Object next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          long v = next;
          try {
            next = Math.addExact(next, step);
          } catch (ArithmeticException e) {
            next = to;
          }
          return v;
        }
      };
    }
  }
}
