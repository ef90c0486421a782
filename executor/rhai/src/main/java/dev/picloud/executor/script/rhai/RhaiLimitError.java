package dev.picloud.executor.script.rhai;

import java.util.Map;

/**
 * A sandbox limit was hit (operations, call depth, sizes, deadline, memory, …). Scripts can never
 * catch it; it always ends the run.
 */
public final class RhaiLimitError extends RhaiError {
  private static final long serialVersionUID = 1L;

  RhaiLimitError(ErrorKind kind, String message, Position pos) {
    super(kind, message, pos, Map.of());
  }
}
