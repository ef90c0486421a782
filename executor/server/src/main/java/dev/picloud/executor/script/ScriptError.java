package dev.picloud.executor.script;

import java.util.List;

/**
 * Why a script did not produce a value. {@link #kind()} is the engine's own error kind (for Rhai its {@code
 * EvalAltResult}/{@code ParseErrorType} name, e.g. {@code ErrorFunctionNotFound}); {@link #span()} is where; {@link
 * #callStack()} lists the calls into user functions, innermost last.
 */
public abstract sealed class ScriptError extends RuntimeException
    permits ScriptSyntaxError, ScriptRuntimeError, ScriptLimitExceeded, ScriptHostError {
  private static final long serialVersionUID = 1L;
  private final String kind;
  private final SourceSpan span;
  private final transient List<String> callStack;

  protected ScriptError(String kind, String message, SourceSpan span, List<String> callStack, Throwable cause) {
    super(message, cause, false, false);
    this.kind = kind;
    this.span = span;
    this.callStack = List.copyOf(callStack);
  }

  /** The engine's error kind. */
  public String kind() {
    return kind;
  }

  /** Where in the source. */
  public SourceSpan span() {
    return span;
  }

  /** The chain of calls into user functions, innermost last ({@code fn_name @ line:column}). */
  public List<String> callStack() {
    return callStack;
  }
}
