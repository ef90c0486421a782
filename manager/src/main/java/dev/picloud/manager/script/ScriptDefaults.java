package dev.picloud.manager.script;

import dev.picloud.common.config.SandboxSettings;
import dev.picloud.common.config.Settings;
import io.helidon.config.Config;

/**
 * What a new script gets when it does not say, and the most it may ask for.
 *
 * @param timeoutMs default timeout
 * @param maxTimeoutMs ceiling on the timeout
 * @param memoryLimitMb default memory budget
 * @param maxMemoryLimitMb ceiling on the memory budget
 * @param maxOperations default operation budget (0 = unlimited)
 * @param maxOperationsCeiling ceiling on the operation budget (0 = none)
 */
public record ScriptDefaults(
    long timeoutMs,
    long maxTimeoutMs,
    int memoryLimitMb,
    int maxMemoryLimitMb,
    long maxOperations,
    long maxOperationsCeiling) {

  /** Reads the sandbox settings. */
  public static ScriptDefaults from(Config config) {
    return new ScriptDefaults(
        Settings.duration(config, SandboxSettings.DEFAULT_TIMEOUT).toMillis(),
        Settings.duration(config, SandboxSettings.MAX_TIMEOUT).toMillis(),
        Settings.integer(config, SandboxSettings.DEFAULT_MEMORY_MB, 1, 1 << 20),
        Settings.integer(config, SandboxSettings.MAX_MEMORY_MB, 1, 1 << 20),
        Settings.longValue(config, SandboxSettings.DEFAULT_MAX_OPERATIONS, 0, Long.MAX_VALUE),
        Settings.longValue(config, SandboxSettings.MAX_OPERATIONS, 0, Long.MAX_VALUE));
  }

  /** The defaults of a freshly configured server. */
  public static final ScriptDefaults STANDARD = new ScriptDefaults(30_000, 300_000, 64, 512, 100_000_000, 1_000_000_000);
}
