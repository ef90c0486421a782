package dev.picloud.executor.script.rhai;

import java.time.Duration;

/**
 * Sandbox limits for one run: Rhai's own limits with its release-build defaults, plus the
 * platform's wall-clock {@code timeout} and {@code maxMemoryBytes} budget. A value of 0 means
 * "unlimited" for the operation count, sizes, variables and memory; {@code maxModules} of -1
 * means unlimited (0 forbids {@code import}).
 *
 * @param maxOperations operations before {@code ErrorTooManyOperations} (0 = unlimited)
 * @param maxCallLevels nested call depth before {@code ErrorStackOverflow}
 * @param maxExprDepth expression nesting at top level (parse time)
 * @param maxFunctionExprDepth expression nesting inside functions (parse time)
 * @param maxStringSize string length in bytes (0 = unlimited)
 * @param maxArraySize array/BLOB size (0 = unlimited)
 * @param maxMapSize map size (0 = unlimited)
 * @param maxModules modules imported (-1 = unlimited)
 * @param maxVariables variables in scope (0 = unlimited; accepted but not enforced yet)
 * @param timeout wall-clock limit, {@code null} or zero for none ({@code ErrorTimeout})
 * @param maxMemoryBytes estimated bytes of data a run builds (0 = unlimited; {@code
 *     ErrorMemoryLimit})
 */
public record Limits(
    long maxOperations,
    int maxCallLevels,
    int maxExprDepth,
    int maxFunctionExprDepth,
    long maxStringSize,
    long maxArraySize,
    long maxMapSize,
    int maxModules,
    long maxVariables,
    Duration timeout,
    long maxMemoryBytes) {

  /** Rhai's release defaults, no deadline, and a 256 MiB memory budget. */
  public static final Limits DEFAULT =
      new Limits(0, 64, 64, 32, 0, 0, 0, -1, 0, null, 256L * 1024 * 1024);

  /** Returns a copy with {@code maxOperations} set. */
  public Limits withMaxOperations(long n) {
    return new Limits(n, maxCallLevels, maxExprDepth, maxFunctionExprDepth, maxStringSize,
        maxArraySize, maxMapSize, maxModules, maxVariables, timeout, maxMemoryBytes);
  }

  /** Returns a copy with {@code maxCallLevels} set. */
  public Limits withMaxCallLevels(int n) {
    return new Limits(maxOperations, n, maxExprDepth, maxFunctionExprDepth, maxStringSize,
        maxArraySize, maxMapSize, maxModules, maxVariables, timeout, maxMemoryBytes);
  }

  /** Returns a copy with {@code maxModules} set (-1 = unlimited, 0 forbids {@code import}). */
  public Limits withMaxModules(int n) {
    return new Limits(maxOperations, maxCallLevels, maxExprDepth, maxFunctionExprDepth,
        maxStringSize, maxArraySize, maxMapSize, n, maxVariables, timeout, maxMemoryBytes);
  }

  /** Returns a copy with the expression-depth limits set (parse time). */
  public Limits withMaxExprDepths(int top, int inFunctions) {
    return new Limits(maxOperations, maxCallLevels, top, inFunctions, maxStringSize,
        maxArraySize, maxMapSize, maxModules, maxVariables, timeout, maxMemoryBytes);
  }

  /** Returns a copy with the wall-clock {@code timeout} set. */
  public Limits withTimeout(Duration t) {
    return new Limits(maxOperations, maxCallLevels, maxExprDepth, maxFunctionExprDepth,
        maxStringSize, maxArraySize, maxMapSize, maxModules, maxVariables, t, maxMemoryBytes);
  }

  /** Returns a copy with the memory budget set (bytes, 0 = unlimited). */
  public Limits withMaxMemoryBytes(long bytes) {
    return new Limits(maxOperations, maxCallLevels, maxExprDepth, maxFunctionExprDepth,
        maxStringSize, maxArraySize, maxMapSize, maxModules, maxVariables, timeout, bytes);
  }

  /** Returns a copy with the string/array/map size limits set (0 = unlimited). */
  public Limits withSizes(long string, long array, long map) {
    return new Limits(maxOperations, maxCallLevels, maxExprDepth, maxFunctionExprDepth, string,
        array, map, maxModules, maxVariables, timeout, maxMemoryBytes);
  }
}
