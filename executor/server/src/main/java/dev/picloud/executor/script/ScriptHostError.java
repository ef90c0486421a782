package dev.picloud.executor.script;

import java.util.List;

/** A platform service the script called failed in a way that is not the script's fault (e.g. the store is down). */
public final class ScriptHostError extends ScriptError {
  private static final long serialVersionUID = 1L;

  public ScriptHostError(String message, SourceSpan span, Throwable cause) {
    super("ErrorHost", message, span, List.of(), cause);
  }
}
