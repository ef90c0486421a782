package dev.picloud.common.catalog;

/**
 * A script's sandbox settings; zero means "the platform default". The executor clamps them to its ceilings.
 *
 * @param timeoutMs wall-clock limit of one run
 * @param maxOperations operation budget of one run
 * @param memoryLimitBytes memory budget of one run
 */
public record ScriptLimits(long timeoutMs, long maxOperations, long memoryLimitBytes) {
  /** All defaults. */
  public static final ScriptLimits DEFAULTS = new ScriptLimits(0, 0, 0);
}
