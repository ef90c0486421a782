package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiIterable;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;

/**
 * Rhai's {@code BasicIteratorPackage}: {@code range(from, to)}, {@code chars(s)}, the range
 * accessors ({@code start}, {@code end} as functions and properties; {@code is_inclusive}, {@code
 * is_exclusive}, {@code is_empty} as properties) and {@code contains}. The stepped ranges and the
 * method forms of the range predicates are in {@link SteppedRangePackage}, the other {@code
 * chars(…)} forms in {@link StringSlicePackage}, the {@code bits(…)} iterators in {@link
 * BitFieldPackage}.
 */
public final class IteratorPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn2("range", Long.class, Long.class, RhaiRange::new);
    t.fn1("chars", String.class, s -> (RhaiIterable) () -> s.codePoints()
        .mapToObj(cp -> (Object) RhaiChar.of(cp)).iterator());
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

  /** Registers the property {@code x.name}. */
  private static void property(FunctionTable.Builder t, String name, Class<?> type,
      FunctionTable.F1<Object> f) {
    t.getter(name, type, (c, a) -> f.apply(a[0]));
  }
}
