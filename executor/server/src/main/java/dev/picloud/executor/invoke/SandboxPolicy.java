package dev.picloud.executor.invoke;

import dev.picloud.common.catalog.ScriptLimits;
import dev.picloud.common.config.SandboxSettings;
import dev.picloud.common.config.Settings;
import dev.picloud.executor.script.SandboxLimits;
import io.helidon.config.Config;
import java.time.Duration;

/**
 * Turns a script's own limits into the limits of a run: zero means the default; anything above a ceiling is cut to
 * the ceiling.
 *
 * @param defaultTimeout timeout when the script names none
 * @param maxTimeout ceiling on the timeout
 * @param defaultMemoryBytes memory budget when the script names none
 * @param maxMemoryBytes ceiling on the memory budget
 * @param defaultOperations operation budget when the script names none (0 = unlimited)
 * @param maxOperations ceiling on the operation budget (0 = none)
 * @param maxCallLevels call depth limit
 */
public record SandboxPolicy(
    Duration defaultTimeout,
    Duration maxTimeout,
    long defaultMemoryBytes,
    long maxMemoryBytes,
    long defaultOperations,
    long maxOperations,
    int maxCallLevels) {

  private static final long MIB = 1024L * 1024L;

  /** Reads the sandbox settings. */
  public static SandboxPolicy from(Config config) {
    return new SandboxPolicy(
        Settings.duration(config, SandboxSettings.DEFAULT_TIMEOUT),
        Settings.duration(config, SandboxSettings.MAX_TIMEOUT),
        Settings.longValue(config, SandboxSettings.DEFAULT_MEMORY_MB, 1, 1 << 20) * MIB,
        Settings.longValue(config, SandboxSettings.MAX_MEMORY_MB, 1, 1 << 20) * MIB,
        Settings.longValue(config, SandboxSettings.DEFAULT_MAX_OPERATIONS, 0, Long.MAX_VALUE),
        Settings.longValue(config, SandboxSettings.MAX_OPERATIONS, 0, Long.MAX_VALUE),
        Settings.integer(config, SandboxSettings.MAX_CALL_LEVELS, 1, 1_000));
  }

  /** The limits of a run of a script with these settings. */
  public SandboxLimits limitsFor(ScriptLimits script) {
    Duration timeout =
        script.timeoutMs() > 0 ? Duration.ofMillis(script.timeoutMs()) : defaultTimeout;
    if (timeout.compareTo(maxTimeout) > 0) {
      timeout = maxTimeout;
    }
    long memory = script.memoryLimitBytes() > 0 ? script.memoryLimitBytes() : defaultMemoryBytes;
    memory = Math.min(memory, maxMemoryBytes);
    long operations = script.maxOperations() > 0 ? script.maxOperations() : defaultOperations;
    if (maxOperations > 0 && (operations == 0 || operations > maxOperations)) {
      operations = maxOperations;
    }
    return new SandboxLimits(timeout, operations, memory, maxCallLevels);
  }
}
