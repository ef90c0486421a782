package dev.picloud.executor.script;

import java.util.List;

/** The script failed while running: it threw, called something that does not exist, divided by zero... */
public final class ScriptRuntimeError extends ScriptError {
  private static final long serialVersionUID = 1L;

  public ScriptRuntimeError(String kind, String message, SourceSpan span, List<String> callStack, Throwable cause) {
    super(kind, message, span, callStack, cause);
  }
}
