package dev.picloud.executor.script.rhai;

import java.util.Map;

/**
 * A catchable runtime error: a {@code throw}n value ({@link ErrorKind#ErrorRuntime}), an error
 * wrapped by a function call or module ({@link ErrorKind#ErrorInFunctionCall}, {@link
 * ErrorKind#ErrorInModule}, which keep the inner error), or any other catchable kind.
 */
public final class RhaiRuntimeError extends RhaiError {
  private static final long serialVersionUID = 1L;

  private final transient Object thrown;
  private final String wrapperName;
  private final RhaiError inner;

  RhaiRuntimeError(
      ErrorKind kind,
      String message,
      Position pos,
      Map<String, Object> fields,
      Object thrown,
      String wrapperName,
      RhaiError inner) {
    super(kind, message, pos, fields);
    this.thrown = thrown;
    this.wrapperName = wrapperName;
    this.inner = inner;
  }

  /** {@code throw value} at {@code pos}. */
  public static RhaiRuntimeError thrown(Object value, Position pos) {
    String t = thrownText(value);
    String msg = t.isEmpty() ? "Runtime error" : "Runtime error: " + t;
    return new RhaiRuntimeError(ErrorKind.ErrorRuntime, msg, pos, Map.of(), value, null, null);
  }

  /**
   * Wraps {@code inner} raised inside script function {@code fnName} called at {@code pos}
   * ({@code anon$…} names display as {@code in closure call}).
   */
  public static RhaiRuntimeError inFunctionCall(String fnName, RhaiError inner, Position pos) {
    return new RhaiRuntimeError(
        ErrorKind.ErrorInFunctionCall, fnName, pos, Map.of("function", fnName, "source", ""),
        null, fnName, inner);
  }

  /** Wraps {@code inner} raised while loading module {@code path}. */
  public static RhaiRuntimeError inModule(String path, RhaiError inner, Position pos) {
    return new RhaiRuntimeError(
        ErrorKind.ErrorInModule, path, pos, Map.of("module", path), null, path, inner);
  }

  /** The thrown value ({@link ErrorKind#ErrorRuntime}), else {@code null}. */
  public Object thrownValue() {
    return thrown;
  }

  /** The wrapped error ({@code ErrorInFunctionCall}/{@code ErrorInModule}), else {@code null}. */
  public RhaiError inner() {
    return inner;
  }

  @Override
  public String messageWithoutPosition() {
    if (kind() == ErrorKind.ErrorInFunctionCall) {
      if (wrapperName.startsWith("anon$")) {
        return inner.getMessage() + "\nin closure call";
      }
      return inner.getMessage() + "\nin call to function '" + wrapperName + "'";
    }
    if (kind() == ErrorKind.ErrorInModule) {
      return inner.getMessage() + "\nin module '" + wrapperName + "'";
    }
    return super.messageWithoutPosition();
  }

  @Override
  public Object toCatchValue() {
    RhaiError e = this;
    while (e instanceof RhaiRuntimeError r && r.inner != null) {
      e = r.inner;
    }
    if (e instanceof RhaiRuntimeError r && r.kind() == ErrorKind.ErrorRuntime) {
      return r.thrown;
    }
    return super.toCatchValue();
  }
}
