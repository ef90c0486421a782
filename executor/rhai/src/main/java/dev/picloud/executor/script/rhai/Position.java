package dev.picloud.executor.script.rhai;

/**
 * A source position: 1-based line and column (column counts Unicode characters). {@link #NONE}
 * means "no position" (Rhai omits the suffix then).
 *
 * @param line 1-based line, 0 for none
 * @param column 1-based column, 0 when only the line is known
 */
public record Position(int line, int column) {
  /** No position. */
  public static final Position NONE = new Position(0, 0);

  /** Whether this is {@link #NONE}. */
  public boolean isNone() {
    return line == 0;
  }

  /** Rhai's text: {@code line L, position P} (or {@code line L} when the column is 0). */
  @Override
  public String toString() {
    if (isNone()) {
      return "none";
    }
    return column == 0 ? "line " + line : "line " + line + ", position " + column;
  }
}
