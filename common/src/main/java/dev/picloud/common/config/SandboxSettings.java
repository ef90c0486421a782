package dev.picloud.common.config;

import java.util.List;

/**
 * Sandbox defaults (what a script gets when it does not say) and ceilings (the most it may ask for). The manager
 * fills defaults into new scripts; the executor clamps every run to the ceilings.
 */
public final class SandboxSettings {
  private SandboxSettings() {}

  public static final Setting DEFAULT_TIMEOUT =
      new Setting("sandbox.default-timeout", "PICLOUD_SANDBOX_DEFAULT_TIMEOUT", "30s", "Wall-clock limit of a run.");
  public static final Setting MAX_TIMEOUT =
      new Setting(
          "sandbox.max-timeout", "PICLOUD_SANDBOX_MAX_TIMEOUT", "300s", "Ceiling on a script's own timeout_ms.");
  public static final Setting DEFAULT_MEMORY_MB =
      new Setting(
          "sandbox.default-memory-mb",
          "PICLOUD_SANDBOX_DEFAULT_MEMORY_MB",
          "64",
          "Memory budget of a run: the estimated size of the values a script builds, in MiB.");
  public static final Setting MAX_MEMORY_MB =
      new Setting(
          "sandbox.max-memory-mb", "PICLOUD_SANDBOX_MAX_MEMORY_MB", "512", "Ceiling on a script's memory_limit_mb.");
  public static final Setting DEFAULT_MAX_OPERATIONS =
      new Setting(
          "sandbox.default-max-operations",
          "PICLOUD_SANDBOX_DEFAULT_MAX_OPERATIONS",
          "100000000",
          "Operation budget of a run (statements, expressions, calls, loop iterations); 0 = unlimited.");
  public static final Setting MAX_OPERATIONS =
      new Setting(
          "sandbox.max-operations",
          "PICLOUD_SANDBOX_MAX_OPERATIONS",
          "1000000000",
          "Ceiling on a script's max_operations (0 = no ceiling).");
  public static final Setting MAX_CALL_LEVELS =
      new Setting(
          "sandbox.max-call-levels", "PICLOUD_SANDBOX_MAX_CALL_LEVELS", "64", "Deepest nesting of function calls.");

  /** All of the above. */
  public static final List<Setting> ALL =
      List.of(
          DEFAULT_TIMEOUT,
          MAX_TIMEOUT,
          DEFAULT_MEMORY_MB,
          MAX_MEMORY_MB,
          DEFAULT_MAX_OPERATIONS,
          MAX_OPERATIONS,
          MAX_CALL_LEVELS);
}
