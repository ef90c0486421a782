package dev.picloud.executor.script;

/**
 * A place in a script's source: 1-based line and column; 0 means unknown.
 *
 * @param line line number
 * @param column column number
 */
public record SourceSpan(int line, int column) {
  /** An unknown place. */
  public static final SourceSpan UNKNOWN = new SourceSpan(0, 0);

  /** {@code line:column}, or empty when unknown. */
  @Override
  public String toString() {
    return line == 0 ? "" : line + ":" + column;
  }
}
