package dev.picloud.executor.script.rhai;

import java.util.Map;

/**
 * A Java exception inside a native function (a host function's bug, or one of ours) or the
 * evaluator, reported as {@link ErrorKind#ErrorSystem}: it ends the run (a script cannot catch
 * it) so that such a failure is never mistaken for script behaviour. The Java exception is the
 * {@linkplain #getCause() cause}.
 */
public final class RhaiInternalError extends RhaiError {
  private static final long serialVersionUID = 1L;

  RhaiInternalError(String function, RuntimeException cause, Position pos) {
    super(ErrorKind.ErrorSystem, "Error in function '" + function + "': " + cause, pos,
        Map.of("function", function == null ? "" : function), cause);
  }

  @Override
  public boolean catchable() {
    return false;
  }
}
