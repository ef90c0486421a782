package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.RhaiError;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Number text exactly as Rust's standard library handles it, which Rhai exposes unchanged: {@code
 * i64::from_str_radix} behind {@code parse_int}, {@code f64::from_str} behind {@code parse_float}
 * (both after {@code str::trim}), and the {@code Display} form of an f64 that some error messages
 * embed. Java's own parsers accept more (underscores, hex floats, {@code d} suffixes, Unicode
 * digits), so the grammar is checked here first.
 */
final class RustNumbers {
  private static final String INVALID_DIGIT = "invalid digit found in string";
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  private RustNumbers() {}

  /**
   * Rhai's {@code parse_int(s, radix)}: trims {@code s}, accepts one leading {@code +} or {@code
   * -}, digits and ASCII letters below {@code radix}, nothing else.
   */
  static long parseInt(String s, long radix) {
    if (radix < 2 || radix > 36) {
      throw Errors.arithmetic("Invalid radix: '" + radix + "'");
    }
    String t = trim(s);
    if (t.isEmpty()) {
      throw intError(s, "cannot parse integer from empty string");
    }
    int i = 0;
    boolean negative = false;
    char first = t.charAt(0);
    if (first == '+' || first == '-') {
      if (t.length() == 1) {
        throw intError(s, INVALID_DIGIT);
      }
      negative = first == '-';
      i = 1;
    }
    long result = 0;
    for (; i < t.length(); i++) {
      int d = digit(t.charAt(i));
      if (d < 0 || d >= radix) {
        throw intError(s, INVALID_DIGIT);
      }
      try {
        result = Math.multiplyExact(result, radix);
        result = negative ? Math.subtractExact(result, d) : Math.addExact(result, d);
      } catch (ArithmeticException e) {
        throw intError(s, negative ? "number too small to fit in target type"
            : "number too large to fit in target type");
      }
    }
    return result;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static RhaiError intError(String s, String reason) {
    return Errors.arithmetic("Error parsing integer number '" + s + "': " + reason);
  }

  /**
   * Rhai's {@code parse_float(s)}: trims {@code s}; decimal digits with an optional fraction and
   * exponent, or {@code inf}, {@code infinity}, {@code nan} in any case, each with an optional
   * sign.
   */
  static double parseFloat(String s) {
    String t = trim(s);
    if (t.isEmpty()) {
      throw floatError(s, "cannot parse float from empty string");
    }
    if (DECIMAL.matcher(t).matches()) {
      return Double.parseDouble(t);
    }
    boolean negative = t.charAt(0) == '-';
    String word = t.charAt(0) == '-' || t.charAt(0) == '+' ? t.substring(1) : t;
    switch (word.toLowerCase(Locale.ROOT)) {
      case "inf", "infinity" -> {
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      case "nan" -> {
        return Double.NaN;
      }
      default -> throw floatError(s, "invalid float literal");
    }
  }

  private static RhaiError floatError(String s, String reason) {
    return Errors.arithmetic("Error parsing floating-point number '" + s + "': " + reason);
  }

  /**
   * Rust's {@code Display} of an f64 ({@code format!("{}", x)}): shortest round-trip digits laid
   * out without exponent and without a {@code .0} for whole numbers ({@code 1e21} prints as
   * {@code 1000000000000000000000}, {@code -0.0} as {@code -0}).
   */
  static String display(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0.0) {
      return 1.0 / x < 0 ? "-0" : "0";
    }
    return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
  }

  /** Rust's {@code str::trim}: strips characters with the Unicode White_Space property. */
  static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isWhiteSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isWhiteSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /** The Unicode White_Space property (all such characters are in the BMP). */
  static boolean isWhiteSpace(char c) {
    return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00A0'
        || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
        || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }
}
