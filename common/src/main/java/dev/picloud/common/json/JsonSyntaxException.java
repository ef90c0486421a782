package dev.picloud.common.json;

/** JSON text that does not parse, with the place it failed (1-based; 0 when unknown). */
public final class JsonSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long line;
  private final long column;

  public JsonSyntaxException(String message, long line, long column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }
}
