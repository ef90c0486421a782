package dev.picloud.executor.script;

import java.util.List;

/** The sandbox stopped the script: it hit one of its limits. Scripts cannot catch this. */
public final class ScriptLimitExceeded extends ScriptError {
  private static final long serialVersionUID = 1L;

  /** Which limit. */
  public enum Limit {
    /** Wall-clock deadline. */
    TIMEOUT,
    /** Operation budget. */
    OPERATIONS,
    /** Memory budget (or a string/array/map size limit). */
    MEMORY,
    /** Call depth (runaway recursion). */
    CALL_DEPTH,
    /** Anything else the engine limits (modules, variables, expression depth). */
    OTHER
  }

  private final Limit limit;

  public ScriptLimitExceeded(
      Limit limit, String kind, String message, SourceSpan span, List<String> callStack, Throwable cause) {
    super(kind, message, span, callStack, cause);
    this.limit = limit;
  }

  /** Which limit was hit. */
  public Limit limit() {
    return limit;
  }
}
