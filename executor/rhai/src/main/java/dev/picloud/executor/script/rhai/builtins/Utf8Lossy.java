package dev.picloud.executor.script.rhai.builtins;

/**
 * Rust's {@code String::from_utf8_lossy}: valid UTF-8 decodes normally, and each maximal prefix
 * of a valid sequence that is cut short or broken becomes one U+FFFD. Java's decoder agrees except
 * for encoded surrogates ({@code ED A0 80}), which it replaces as one unit where Rust replaces each
 * byte, so the decoding is done here.
 */
final class Utf8Lossy {
  private static final char REPLACEMENT = '\uFFFD';

  private Utf8Lossy() {}

  /** Decodes {@code bytes[0..length)}. */
  static String decode(byte[] bytes, int length) {
    StringBuilder sb = new StringBuilder(length);
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        sb.append((char) b);
        i++;
        continue;
      }
      int width = width(b);
      int valid = width == 0 ? 1 : validPrefix(bytes, i, length, width);
      if (valid == width) {
        sb.appendCodePoint(codePoint(bytes, i, width));
      } else {
        sb.append(REPLACEMENT);
      }
      i += valid;
    }
    return sb.toString();
  }

  /** Length of the sequence a lead byte starts, 0 for a byte that cannot start one. */
  private static int width(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  /** How many bytes from {@code i} form a valid (possibly complete) sequence of {@code width}. */
  private static int validPrefix(byte[] bytes, int i, int length, int width) {
    int lead = bytes[i] & 0xFF;
    int lo = 0x80;
    int hi = 0xBF;
    if (lead == 0xE0) {
      lo = 0xA0;
    } else if (lead == 0xED) {
      hi = 0x9F;
    } else if (lead == 0xF0) {
      lo = 0x90;
    } else if (lead == 0xF4) {
      hi = 0x8F;
    }
    int n = 1;
    while (n < width && i + n < length) {
      int b = bytes[i + n] & 0xFF;
      if (b < lo || b > hi) {
        break;
      }
      lo = 0x80;
      hi = 0xBF;
      n++;
    }
    return n;
  }

  private static int codePoint(byte[] bytes, int i, int width) {
    int cp = bytes[i] & (0xFF >> (width + 1));
    for (int k = 1; k < width; k++) {
      cp = (cp << 6) | (bytes[i + k] & 0x3F);
    }
    return cp;
  }
}
