package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiIterable;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import java.util.Collections;

/**
 * Rhai's {@code BasicIteratorPackage}: {@code range(from, to)}, the {@code chars(…)} iterators,
 * the range accessors as properties ({@code start}, {@code end}, {@code is_inclusive}, {@code
 * is_exclusive}, {@code is_empty}) and {@code contains}. The stepped ranges and the method forms
 * of the range predicates are in {@link SteppedRangePackage}, the {@code bits(…)} iterators in
 * {@link BitFieldPackage}.
 */
public final class IteratorPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn2("range", Long.class, Long.class, RhaiRange::new);
    registerChars(t);
    t.fn1("start", RhaiRange.class, RhaiRange::start);
    t.fn1("end", RhaiRange.class, RhaiRange::end);
    t.fn1("start", RhaiRangeInclusive.class, RhaiRangeInclusive::start);
    t.fn1("end", RhaiRangeInclusive.class, RhaiRangeInclusive::end);
    property(t, "start", RhaiRange.class, r -> ((RhaiRange) r).start());
    property(t, "end", RhaiRange.class, r -> ((RhaiRange) r).end());
    property(t, "is_inclusive", RhaiRange.class, r -> false);
    property(t, "is_exclusive", RhaiRange.class, r -> true);
    property(t, "is_empty", RhaiRange.class,
        r -> ((RhaiRange) r).start() >= ((RhaiRange) r).end());
    property(t, "start", RhaiRangeInclusive.class, r -> ((RhaiRangeInclusive) r).start());
    property(t, "end", RhaiRangeInclusive.class, r -> ((RhaiRangeInclusive) r).end());
    property(t, "is_inclusive", RhaiRangeInclusive.class, r -> true);
    property(t, "is_exclusive", RhaiRangeInclusive.class, r -> false);
    property(t, "is_empty", RhaiRangeInclusive.class,
        r -> ((RhaiRangeInclusive) r).start() > ((RhaiRangeInclusive) r).end());
    // Rhai declares these with a non-pure receiver, so `R.contains(1)` fails on a constant.
    t.mutFn("contains", (c, a) -> ((RhaiRange) a[0]).contains((Long) a[1]),
        RhaiRange.class, Long.class);
    t.mutFn("contains", (c, a) -> ((RhaiRangeInclusive) a[0]).contains((Long) a[1]),
        RhaiRangeInclusive.class, Long.class);
  }

  private static void registerChars(FunctionTable.Builder t) {
    t.fn1("chars", String.class, s -> chars(s, 0, Long.MAX_VALUE));
    t.getter("chars", String.class, (c, a) -> chars((String) a[0], 0, Long.MAX_VALUE));
    t.fn2("chars", String.class, Long.class, (s, from) -> chars(s, from, Long.MAX_VALUE));
    t.fn3("chars", String.class, Long.class, Long.class, IteratorPackage::chars);
    t.fn2("chars", String.class, RhaiRange.class, (s, r) -> {
      long from = Math.max(r.start(), 0);
      return chars(s, from, Math.max(r.end(), from) - from);
    });
    t.fn2("chars", String.class, RhaiRangeInclusive.class, (s, r) -> {
      long from = Math.max(r.start(), 0);
      long to = Math.min(Math.max(r.end(), from - 1), Long.MAX_VALUE - 1);
      return chars(s, from, to - from + 1);
    });
  }

  /** Registers the property {@code x.name}. */
  private static void property(FunctionTable.Builder t, String name, Class<?> type,
      FunctionTable.F1<Object> f) {
    t.getter(name, type, (c, a) -> f.apply(a[0]));
  }

  /**
   * Characters of {@code s} from {@code from} (negative counts from the end, clamped to the
   * start), at most {@code len}; {@code len <= 0} gives nothing.
   */
  static RhaiIterable chars(String s, long from, long len) {
    if (len <= 0) {
      return Collections::emptyIterator;
    }
    long skip = from < 0 ? Math.max(0, s.codePointCount(0, s.length()) + from) : from;
    return () -> s.codePoints().skip(skip).limit(len)
        .mapToObj(cp -> (Object) RhaiChar.of(cp)).iterator();
  }
}
