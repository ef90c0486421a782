package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;

/**
 * Rhai's {@code BasicIteratorPackage}: {@code range(from, to[, step])}, {@code range(r, step)},
 * the FLOAT stepped range, {@code chars(…)} and {@code bits(…)} iterators ({@link Iterators}),
 * and the range accessors ({@code start}, {@code end}, {@code is_inclusive}, {@code
 * is_exclusive}, {@code is_empty}, {@code contains}), each as a function and a property.
 */
public final class IteratorPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn2("range", Long.class, Long.class, RhaiRange::new);
    t.fn("range", (c, a) -> intSteps(c, (Long) a[0], (Long) a[1], (Long) a[2]),
        Long.class, Long.class, Long.class);
    t.fn("range", (c, a) -> {
      RhaiRange r = (RhaiRange) a[0];
      return intSteps(c, r.start(), r.end(), (Long) a[1]);
    }, RhaiRange.class, Long.class);
    t.fn("range", (c, a) -> floatSteps(c, (Double) a[0], (Double) a[1], (Double) a[2]),
        Double.class, Double.class, Double.class);
    Iterators.register(t);
    registerRangeAccessors(t);
  }

  private static void registerRangeAccessors(FunctionTable.Builder t) {
    accessor(t, "start", RhaiRange.class, r -> ((RhaiRange) r).start());
    accessor(t, "end", RhaiRange.class, r -> ((RhaiRange) r).end());
    accessor(t, "is_inclusive", RhaiRange.class, r -> false);
    accessor(t, "is_exclusive", RhaiRange.class, r -> true);
    accessor(t, "is_empty", RhaiRange.class,
        r -> ((RhaiRange) r).start() >= ((RhaiRange) r).end());
    accessor(t, "start", RhaiRangeInclusive.class, r -> ((RhaiRangeInclusive) r).start());
    accessor(t, "end", RhaiRangeInclusive.class, r -> ((RhaiRangeInclusive) r).end());
    accessor(t, "is_inclusive", RhaiRangeInclusive.class, r -> true);
    accessor(t, "is_exclusive", RhaiRangeInclusive.class, r -> false);
    accessor(t, "is_empty", RhaiRangeInclusive.class,
        r -> ((RhaiRangeInclusive) r).start() > ((RhaiRangeInclusive) r).end());
    // Rhai declares these with a non-pure receiver, so `R.contains(1)` fails on a constant.
    t.mutFn("contains", (c, a) -> ((RhaiRange) a[0]).contains((Long) a[1]),
        RhaiRange.class, Long.class);
    t.mutFn("contains", (c, a) -> ((RhaiRangeInclusive) a[0]).contains((Long) a[1]),
        RhaiRangeInclusive.class, Long.class);
  }

  /** Registers {@code name(x)} and the property {@code x.name}. */
  private static void accessor(FunctionTable.Builder t, String name, Class<?> type,
      FunctionTable.F1<Object> f) {
    t.fn(name, (c, a) -> f.apply(a[0]), type);
    t.getter(name, type, (c, a) -> f.apply(a[0]));
  }

  /** {@code range(from, to, step)} over INT; a zero step is an error. */
  static Iterators.StepRange intSteps(NativeCallContext c, long from, long to, long step) {
    if (step == 0) {
      throw zeroStep(c);
    }
    return Iterators.StepRange.ofInts(from, to, step);
  }

  /**
   * {@code range(from, to, step)} over FLOAT; a step too small to change {@code from} counts as
   * zero, as in Rhai (which compares {@code from + step} with {@code from}).
   */
  static Iterators.StepRange floatSteps(NativeCallContext c, double from, double to, double step) {
    if (from + step == from) {
      throw zeroStep(c);
    }
    return Iterators.StepRange.ofFloats(from, to, step);
  }

  private static RhaiRuntimeError zeroStep(NativeCallContext c) {
    return RhaiRuntimeError.inFunctionCall("range",
        Errors.arithmetic("step value cannot be zero"), c.position());
  }
}
