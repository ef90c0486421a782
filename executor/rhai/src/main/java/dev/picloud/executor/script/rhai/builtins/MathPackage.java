package dev.picloud.executor.script.rhai.builtins;

import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * Rhai's {@code BasicMathPackage} (trigonometry, logarithms, rounding, classification, {@code
 * to_int}/{@code to_float}, {@code parse_int}/{@code parse_float}, {@code E()}/{@code PI()}) and
 * the numeric {@code max}/{@code min} overloads of {@code LogicPackage}.
 *
 * <p>All float functions take FLOAT only ({@code sqrt(16)} is "Function not found"). Functions
 * Java lacks or computes differently follow Rust's definitions: {@code round} rounds halves away
 * from zero, {@code log(x, base)} is {@code ln(x) / ln(base)}, and the inverse hyperbolic
 * functions use the formulas of Rust's {@code f64}.
 */
public final class MathPackage implements Package {
  /** {@code i64::MAX as f64} (= 2^63): larger FLOATs do not fit an INT. */
  private static final double INT_LIMIT = 9.223372036854775807E18;

  @Override
  public void register(FunctionTable.Builder t) {
    registerTrigonometry(t);
    unary(t, "sqrt", Math::sqrt);
    unary(t, "exp", Math::exp);
    unary(t, "ln", Math::log);
    unary(t, "log", Math::log10);
    t.fn2("log", Double.class, Double.class, (x, base) -> Math.log(x) / Math.log(base));
    unary(t, "to_degrees", Math::toDegrees);
    unary(t, "to_radians", Math::toRadians);
    t.fn("E", (c, a) -> Math.E);
    t.fn("PI", (c, a) -> Math.PI);

    property(t, "floor", Math::floor);
    property(t, "ceiling", Math::ceil);
    property(t, "round", MathPackage::round);
    property(t, "int", MathPackage::trunc);
    property(t, "fraction", x -> x - trunc(x));
    test(t, "is_nan", Double::isNaN);
    test(t, "is_finite", Double::isFinite);
    test(t, "is_infinite", Double::isInfinite);

    t.fn1("to_float", Long.class, x -> (double) x);
    t.fn1("to_float", Double.class, x -> x);
    t.fn1("to_int", Long.class, x -> x);
    t.fn1("to_int", Double.class, MathPackage::toInt);
    t.fn1("parse_int", String.class, s -> RustNumbers.parseInt(s, 10));
    t.fn2("parse_int", String.class, Long.class, RustNumbers::parseInt);
    t.fn1("parse_float", String.class, RustNumbers::parseFloat);
    registerMinMax(t);
  }

  private static void registerTrigonometry(FunctionTable.Builder t) {
    unary(t, "sin", Math::sin);
    unary(t, "cos", Math::cos);
    unary(t, "tan", Math::tan);
    unary(t, "sinh", Math::sinh);
    unary(t, "cosh", Math::cosh);
    unary(t, "tanh", Math::tanh);
    unary(t, "asin", Math::asin);
    unary(t, "acos", Math::acos);
    unary(t, "atan", Math::atan);
    unary(t, "asinh", MathPackage::asinh);
    unary(t, "acosh", MathPackage::acosh);
    unary(t, "atanh", MathPackage::atanh);
    // Rust's x.atan2(y) treats the receiver as the y-coordinate, exactly like Math.atan2(x, y).
    t.fn2("atan", Double.class, Double.class, Math::atan2);
    t.fn2("hypot", Double.class, Double.class, Math::hypot);
  }

  /**
   * {@code max}/{@code min} of {@code Std/Logic}: plain comparisons ({@code x >= y ? x : y}), not
   * the relative-epsilon operators, so a NaN operand wins only in the second position.
   */
  private static void registerMinMax(FunctionTable.Builder t) {
    t.fn2("max", Long.class, Long.class, (x, y) -> x >= y ? x : y);
    t.fn2("min", Long.class, Long.class, (x, y) -> x <= y ? x : y);
    t.fn2("max", Double.class, Double.class, MathPackage::max);
    t.fn2("min", Double.class, Double.class, MathPackage::min);
    t.fn2("max", Long.class, Double.class, (x, y) -> max((double) x, y));
    t.fn2("min", Long.class, Double.class, (x, y) -> min((double) x, y));
    t.fn2("max", Double.class, Long.class, (x, y) -> max(x, (double) y));
    t.fn2("min", Double.class, Long.class, (x, y) -> min(x, (double) y));
  }

  private static double max(double x, double y) {
    return x >= y ? x : y;
  }

  private static double min(double x, double y) {
    return x <= y ? x : y;
  }

  private static void unary(FunctionTable.Builder t, String name, DoubleUnaryOperator f) {
    t.fn1(name, Double.class, f::applyAsDouble);
  }

  /** A FLOAT function that is also a property ({@code x.floor}). */
  private static void property(FunctionTable.Builder t, String name, DoubleUnaryOperator f) {
    unary(t, name, f);
    t.getter(name, Double.class, (c, a) -> f.applyAsDouble((Double) a[0]));
  }

  private static void test(FunctionTable.Builder t, String name, DoublePredicate f) {
    t.fn1(name, Double.class, f::test);
    t.getter(name, Double.class, (c, a) -> f.test((Double) a[0]));
  }

  /** Rust's {@code f64::trunc}: toward zero, keeping the sign of zero. */
  static double trunc(double x) {
    return x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  /** Rust's {@code f64::round}: to the nearest integer, halves away from zero. */
  static double round(double x) {
    double t = trunc(x);
    // x - t is exact (both share the exponent range), so this compares the true fraction.
    return Math.abs(x - t) >= 0.5 ? t + Math.copySign(1.0, x) : t;
  }

  /**
   * {@code to_int(FLOAT)}: truncates; values beyond the INT range are an error, but NaN passes the
   * range check and converts to 0, as Rust's saturating {@code as} cast does.
   */
  static long toInt(double x) {
    if (x > INT_LIMIT || x < -INT_LIMIT) {
      throw Errors.arithmetic("Integer overflow: to_int(" + RustNumbers.display(x) + ")");
    }
    return (long) x;
  }

  /** Rust's {@code f64::asinh}. */
  static double asinh(double x) {
    double ax = Math.abs(x);
    double ix = 1.0 / ax;
    return Math.copySign(Math.log1p(ax + ax / (Math.hypot(1.0, ix) + ix)), x);
  }

  /** Rust's {@code f64::acosh}. */
  static double acosh(double x) {
    return x < 1.0 ? Double.NaN : Math.log(x + Math.sqrt(x - 1.0) * Math.sqrt(x + 1.0));
  }

  /** Rust's {@code f64::atanh}. */
  static double atanh(double x) {
    return 0.5 * Math.log1p(2.0 * x / (1.0 - x));
  }
}
