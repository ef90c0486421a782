package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.Timestamp;
import dev.picloud.executor.script.rhai.value.Unit;

/**
 * Rhai's {@code BasicTimePackage}: {@code timestamp()}, {@code elapsed}, the difference of two
 * timestamps in FLOAT seconds, {@code + - += -=} with INT or FLOAT seconds, and comparisons.
 *
 * <p>Arithmetic follows Rust's {@code Instant} and {@code Duration}: INT seconds are exact, FLOAT
 * seconds are truncated to whole milliseconds (a saturating {@code as u64} cast, so NaN adds
 * nothing), a negative amount turns an addition into a subtraction and vice versa, and leaving the
 * range of the clock's i64 seconds is {@code ErrorArithmetic} "Timestamp overflow when adding
 * <n> second(s)" (or "subtracting").
 */
public final class TimePackage implements Package {
  /** {@code (i64::MAX as f64).min(u64::MAX as f64)}: larger FLOAT amounts are rejected. */
  private static final double MAX_SECONDS = 9.223372036854775807E18;
  private static final double TWO_POW_64 = 18446744073709551616.0;
  private static final double TWO_POW_63 = 9223372036854775808.0;

  @Override
  public void register(FunctionTable.Builder t) {
    t.fn("timestamp", (c, a) -> Timestamp.now());
    t.fn1("elapsed", Timestamp.class, TimePackage::elapsed);
    t.getter("elapsed", Timestamp.class, (c, a) -> elapsed((Timestamp) a[0]));
    t.fn2("-", Timestamp.class, Timestamp.class, TimePackage::difference);

    t.fn2("+", Timestamp.class, Long.class, TimePackage::add);
    t.fn2("-", Timestamp.class, Long.class, TimePackage::subtract);
    t.fn2("+", Timestamp.class, Double.class, TimePackage::add);
    t.fn2("-", Timestamp.class, Double.class, TimePackage::subtract);
    t.mutFn("+=", (c, a) -> assign(a, add((Timestamp) a[0], (Long) a[1])),
        Timestamp.class, Long.class);
    t.mutFn("-=", (c, a) -> assign(a, subtract((Timestamp) a[0], (Long) a[1])),
        Timestamp.class, Long.class);
    t.mutFn("+=", (c, a) -> assign(a, add((Timestamp) a[0], (Double) a[1])),
        Timestamp.class, Double.class);
    t.mutFn("-=", (c, a) -> assign(a, subtract((Timestamp) a[0], (Double) a[1])),
        Timestamp.class, Double.class);

    t.fn2("==", Timestamp.class, Timestamp.class, (x, y) -> x.compareTo(y) == 0);
    t.fn2("!=", Timestamp.class, Timestamp.class, (x, y) -> x.compareTo(y) != 0);
    t.fn2("<", Timestamp.class, Timestamp.class, (x, y) -> x.compareTo(y) < 0);
    t.fn2("<=", Timestamp.class, Timestamp.class, (x, y) -> x.compareTo(y) <= 0);
    t.fn2(">", Timestamp.class, Timestamp.class, (x, y) -> x.compareTo(y) > 0);
    t.fn2(">=", Timestamp.class, Timestamp.class, (x, y) -> x.compareTo(y) >= 0);
  }

  private static Object assign(Object[] a, Timestamp value) {
    a[0] = value;
    return Unit.INSTANCE;
  }

  static double elapsed(Timestamp t) {
    Timestamp now = Timestamp.now();
    if (t.compareTo(now) > 0) {
      throw Errors.arithmetic("Time-stamp is later than now");
    }
    return seconds(now, t);
  }

  /** {@code t1 - t2} in seconds, negative when {@code t2} is later. */
  static double difference(Timestamp t1, Timestamp t2) {
    return t2.compareTo(t1) > 0 ? -seconds(t2, t1) : seconds(t1, t2);
  }

  /** Rust's {@code (later - earlier).as_secs_f64()}. */
  private static double seconds(Timestamp later, Timestamp earlier) {
    long s = later.seconds() - earlier.seconds();
    int n = later.nanos() - earlier.nanos();
    if (n < 0) {
      n += Timestamp.NANOS_PER_SECOND;
      s--;
    }
    // The seconds difference is unsigned in Rust: far-apart timestamps may exceed i64::MAX.
    double whole = s >= 0 ? (double) s : (double) (s >>> 1) * 2.0 + (s & 1);
    return whole + (double) n / Timestamp.NANOS_PER_SECOND;
  }

  static Timestamp add(Timestamp t, long seconds) {
    Timestamp r = seconds < 0 ? shift(t, -1, unsignedAbs(seconds), 0) : shift(t, 1, seconds, 0);
    if (r == null) {
      throw Errors.arithmetic("Timestamp overflow when adding " + seconds + " second(s)");
    }
    return r;
  }

  static Timestamp subtract(Timestamp t, long seconds) {
    Timestamp r = seconds < 0 ? shift(t, 1, unsignedAbs(seconds), 0) : shift(t, -1, seconds, 0);
    if (r == null) {
      throw Errors.arithmetic("Timestamp overflow when subtracting " + seconds + " second(s)");
    }
    return r;
  }

  static Timestamp add(Timestamp t, double seconds) {
    if (seconds < 0.0) {
      return subtract(t, -seconds);
    }
    if (seconds > MAX_SECONDS) {
      throw Errors.arithmetic(
          "Integer overflow for timestamp add: " + RustNumbers.display(seconds));
    }
    long millis = toU64(seconds * 1000.0);
    Timestamp r = shift(t, 1, Long.divideUnsigned(millis, 1000),
        (int) Long.remainderUnsigned(millis, 1000) * 1_000_000);
    if (r == null) {
      throw Errors.arithmetic("Timestamp overflow when adding "
          + RustNumbers.display(seconds) + " second(s)");
    }
    return r;
  }

  static Timestamp subtract(Timestamp t, double seconds) {
    if (seconds < 0.0) {
      return add(t, -seconds);
    }
    if (seconds > MAX_SECONDS) {
      throw Errors.arithmetic(
          "Integer overflow for timestamp subtract: " + RustNumbers.display(seconds));
    }
    long millis = toU64(seconds * 1000.0);
    Timestamp r = shift(t, -1, Long.divideUnsigned(millis, 1000),
        (int) Long.remainderUnsigned(millis, 1000) * 1_000_000);
    if (r == null) {
      throw Errors.arithmetic("Timestamp overflow when subtracting "
          + RustNumbers.display(seconds) + " second(s)");
    }
    return r;
  }

  /** |x| as an unsigned 64-bit value ({@code i64::MIN} gives 2^63, stored as a negative long). */
  private static long unsignedAbs(long x) {
    return -x;
  }

  /** Rust's saturating {@code f64 as u64}, as an unsigned long. */
  private static long toU64(double x) {
    if (!(x > 0)) {
      return 0;
    }
    if (x >= TWO_POW_64) {
      return -1L;
    }
    return x >= TWO_POW_63 ? (long) (x - TWO_POW_63) + Long.MIN_VALUE : (long) x;
  }

  /**
   * Rust's {@code Instant::checked_add}/{@code checked_sub} with a Duration of {@code secs}
   * (unsigned) and {@code nanos}: null when the i64 seconds overflow.
   */
  private static Timestamp shift(Timestamp t, int sign, long secs, int nanos) {
    try {
      long s = sign > 0 ? addUnsigned(t.seconds(), secs) : subtractUnsigned(t.seconds(), secs);
      int n = t.nanos() + sign * nanos;
      if (n >= Timestamp.NANOS_PER_SECOND) {
        n -= Timestamp.NANOS_PER_SECOND;
        s = Math.addExact(s, 1);
      } else if (n < 0) {
        n += Timestamp.NANOS_PER_SECOND;
        s = Math.subtractExact(s, 1);
      }
      return new Timestamp(s, n);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * {@code i64::checked_add_unsigned}: {@code u} is unsigned and at most 2^63 (the magnitude of
   * {@code i64::MIN}), which is stored as {@code Long.MIN_VALUE}.
   */
  private static long addUnsigned(long x, long u) {
    return u >= 0 ? Math.addExact(x, u)
        : Math.addExact(Math.addExact(x, Long.MAX_VALUE), u - Long.MAX_VALUE);
  }

  /** {@code i64::checked_sub_unsigned}. */
  private static long subtractUnsigned(long x, long u) {
    return u >= 0 ? Math.subtractExact(x, u)
        : Math.subtractExact(Math.subtractExact(x, Long.MAX_VALUE), u - Long.MAX_VALUE);
  }
}
