package dev.picloud.executor.script.rhai.builtins;

import java.util.Locale;

/**
 * Rust {@code str}/{@code char} semantics over Java strings: Rhai counts, indexes and slices
 * strings by Unicode scalar value (code point), while a Java {@code String} is UTF-16, so every
 * character position has to be translated into a UTF-16 offset. Whitespace is Unicode's {@code
 * White_Space} property (Rust {@code char::is_whitespace}), which {@link
 * Character#isWhitespace} does not match (it excludes U+00A0 and U+202F, and includes U+001C–1F).
 */
final class CodePoints {
  private CodePoints() {}

  /** Number of characters (code points). */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** UTF-16 offset of character {@code index} ({@code 0 <= index <= length}). */
  static int offset(String s, int index) {
    return s.offsetByCodePoints(0, index);
  }

  /** Characters {@code [from, from + count)} of {@code s} (both already clamped). */
  static String slice(String s, int from, int count) {
    int begin = offset(s, from);
    return s.substring(begin, s.offsetByCodePoints(begin, count));
  }

  /** Character index of the UTF-16 offset {@code utf16}. */
  static int indexOf(String s, int utf16) {
    return s.codePointCount(0, utf16);
  }

  /** Number of bytes of the UTF-8 encoding (Rust {@code str::len}), without encoding. */
  static long utf8Length(String s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** Rust {@code char::is_whitespace}: the Unicode {@code White_Space} property. */
  static boolean isWhiteSpace(int cp) {
    if (cp <= 0x20) {
      return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D);
    }
    if (cp < 0x85) {
      return false;
    }
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
  }

  /** Rust {@code str::trim}. */
  static String trim(String s) {
    int begin = 0;
    int end = s.length();
    while (begin < end) {
      int cp = s.codePointAt(begin);
      if (!isWhiteSpace(cp)) {
        break;
      }
      begin += Character.charCount(cp);
    }
    while (end > begin) {
      int cp = s.codePointBefore(end);
      if (!isWhiteSpace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return s.substring(begin, end);
  }

  /** Full Unicode upper-case mapping of a string (Rust {@code str::to_uppercase}). */
  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** Full Unicode lower-case mapping, with the final-sigma rule (Rust {@code to_lowercase}). */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Upper case of one character; when the full mapping yields several characters (ß → SS) the
   * character is kept, as Rhai does. {@link Character#toUpperCase(int)} would instead apply the
   * simple mapping, which differs for e.g. U+1F80.
   */
  static int upperChar(int cp) {
    return single(Character.toString(cp).toUpperCase(Locale.ROOT), cp);
  }

  /** Lower case of one character, kept when the full mapping has several characters (İ). */
  static int lowerChar(int cp) {
    return single(Character.toString(cp).toLowerCase(Locale.ROOT), cp);
  }

  private static int single(String mapped, int original) {
    int first = mapped.codePointAt(0);
    return Character.charCount(first) == mapped.length() ? first : original;
  }

  /** The UTF-16 length {@link #replace} will produce, computed without building it. */
  static long replacedLength(String s, String find, String with) {
    if (find.isEmpty()) {
      return s.length() + (long) (s.codePointCount(0, s.length()) + 1) * with.length();
    }
    long count = 0;
    for (int i = s.indexOf(find); i >= 0; i = s.indexOf(find, i + find.length())) {
      count++;
    }
    return s.length() + count * (with.length() - find.length());
  }

  /**
   * Rust {@code str::replace}: every non-overlapping match from the left; an empty pattern
   * matches before every character and at the end (Java's {@link String#replace} would split
   * surrogate pairs there).
   */
  static String replace(String s, String find, String with) {
    if (!find.isEmpty()) {
      return s.replace(find, with);
    }
    StringBuilder sb = new StringBuilder(s.length() + (s.length() + 1) * with.length());
    sb.append(with);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      sb.appendCodePoint(cp).append(with);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
