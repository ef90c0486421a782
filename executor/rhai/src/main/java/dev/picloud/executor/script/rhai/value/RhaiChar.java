package dev.picloud.executor.script.rhai.value;

/**
 * A Rhai {@code char}: one Unicode scalar value (a code point, not a Java {@code char}).
 *
 * @param codePoint the Unicode code point
 */
public record RhaiChar(int codePoint) implements Comparable<RhaiChar> {
  private static final RhaiChar[] ASCII = new RhaiChar[128];

  static {
    for (int i = 0; i < ASCII.length; i++) {
      ASCII[i] = new RhaiChar(i);
    }
  }

  /** Returns the char for a code point, cached for ASCII. */
  public static RhaiChar of(int codePoint) {
    return codePoint >= 0 && codePoint < 128 ? ASCII[codePoint] : new RhaiChar(codePoint);
  }

  @Override
  public int compareTo(RhaiChar o) {
    return Integer.compare(codePoint, o.codePoint);
  }

  @Override
  public String toString() {
    return Character.toString(codePoint);
  }
}
