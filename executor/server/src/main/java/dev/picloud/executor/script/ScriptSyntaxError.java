package dev.picloud.executor.script;

import java.util.List;

/** The source does not compile. */
public final class ScriptSyntaxError extends ScriptError {
  private static final long serialVersionUID = 1L;

  public ScriptSyntaxError(String kind, String message, SourceSpan span, Throwable cause) {
    super(kind, message, span, List.of(), cause);
  }
}
