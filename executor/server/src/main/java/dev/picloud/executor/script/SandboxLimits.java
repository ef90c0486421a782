package dev.picloud.executor.script;

import java.time.Duration;

/**
 * The limits of one run.
 *
 * @param timeout wall-clock limit
 * @param maxOperations operation budget (0 = unlimited)
 * @param memoryBytes memory budget of the values the script builds (0 = unlimited)
 * @param maxCallLevels deepest nesting of function calls
 */
public record SandboxLimits(Duration timeout, long maxOperations, long memoryBytes, int maxCallLevels) {}
