package dev.picloud.executor.script.rhai;

import java.util.Map;

/**
 * A syntax error found while compiling, with its {@link ParseErrorType}. Its text is {@code Syntax
 * error: <message> (line L, position P)}, as Rhai's {@code ErrorParsing}.
 */
public final class RhaiParseError extends RhaiError {
  private static final long serialVersionUID = 1L;

  private final ParseErrorType type;

  /** Creates a syntax error. */
  public RhaiParseError(ParseErrorType type, String message, Position pos) {
    super(ErrorKind.ErrorParsing, message, pos, Map.of());
    this.type = type;
  }

  /** The syntax error's kind. */
  public ParseErrorType type() {
    return type;
  }

  @Override
  public String messageWithoutPosition() {
    return "Syntax error: " + rawMessage();
  }
}
