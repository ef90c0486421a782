package dev.picloud.executor.script.rhai.value;

import java.math.BigDecimal;

/**
 * Formats FLOAT values exactly as Rhai does: {@code Display} (print, to_string, interpolation)
 * and {@code Debug} (debug, inside arrays and maps). Both start from the shortest round-trip
 * digits, which JDK 19+ {@link Double#toString(double)} produces, and lay them out as Rust does.
 */
public final class FloatFormat {
  private static final double DISPLAY_MAX = (double) 1e13f;
  private static final double DISPLAY_MIN = (double) 1e-13f;

  private FloatFormat() {}

  /** Rhai's display form: {@code 1.0}, {@code 0.1}, {@code 1e20}, {@code -2.5e-30}, {@code NaN}. */
  public static String display(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0.0) {
      return "0.0";
    }
    double a = Math.abs(x);
    if (a > DISPLAY_MAX || a < DISPLAY_MIN) {
      return exponent(x);
    }
    return plain(x);
  }

  /** Rust's {@code {:?}} form of an f64. */
  public static String debug(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0.0) {
      return (1.0 / x < 0) ? "-0.0" : "0.0";
    }
    double a = Math.abs(x);
    if (a >= 1e-4 && a < 1e16) {
      return plain(x);
    }
    return exponent(x);
  }

  private static BigDecimal shortest(double x) {
    return new BigDecimal(Double.toString(x)).stripTrailingZeros();
  }

  private static String plain(double x) {
    String s = shortest(x).toPlainString();
    return s.indexOf('.') < 0 ? s + ".0" : s;
  }

  private static String exponent(double x) {
    BigDecimal d = shortest(x);
    String digits = d.unscaledValue().abs().toString();
    int exp = digits.length() - 1 - d.scale();
    StringBuilder sb = new StringBuilder();
    if (x < 0) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    return sb.append('e').append(exp).toString();
  }
}
