package dev.picloud.manager;

import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.Settings;
import dev.picloud.manager.auth.AdminToken;
import dev.picloud.manager.script.ScriptDefaults;
import io.helidon.config.Config;
import java.time.Duration;

/**
 * The manager's settings, bound and validated.
 *
 * @param adminToken the admin API token
 * @param scriptDefaults sandbox defaults and ceilings for scripts
 * @param executionRetention how long execution records are kept
 * @param executionLogQueue capacity of the execution-log queue
 */
public record ManagerConfig(
    AdminToken adminToken, ScriptDefaults scriptDefaults, Duration executionRetention, int executionLogQueue) {

  /** Reads the settings (and resolves or generates the admin token under the data directory). */
  public static ManagerConfig from(Config config) {
    return new ManagerConfig(
        AdminToken.resolve(
            Settings.text(config, ManagerSettings.ADMIN_TOKEN),
            Settings.path(config, CommonSettings.DATA_DIR),
            ManagerSettings.ADMIN_TOKEN,
            CommonSettings.DATA_DIR),
        ScriptDefaults.from(config),
        Settings.duration(config, ManagerSettings.EXECUTION_RETENTION),
        Settings.integer(config, ManagerSettings.EXECUTION_LOG_QUEUE, 100, 10_000_000));
  }
}
