package dev.picloud.executor;

import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.Setting;
import java.util.List;

/** Settings of the executor tier. */
public final class ExecutorSettings {
  private ExecutorSettings() {}

  /** Where the executor's gRPC listener binds when it runs alone. */
  public static final Setting GRPC_BIND =
      new Setting(
          "executor.grpc-bind",
          "PICLOUD_EXECUTOR_GRPC_BIND",
          "0.0.0.0:9091",
          "Split deployment: address and port of the executor's gRPC listener (Execute).");

  /** Where the manager's gRPC listener is, for script sources. */
  public static final Setting MANAGER_ADDRESS =
      new Setting(
          "executor.manager",
          "PICLOUD_MANAGER_ADDRESS",
          "127.0.0.1:9090",
          "Split deployment: host:port of the manager's gRPC listener.");

  /** This executor's name in responses and execution records. */
  public static final Setting EXECUTOR_ID =
      new Setting(
          "executor.id",
          "PICLOUD_EXECUTOR_ID",
          "",
          "Split deployment: this executor's name in execution records (default: the host name).");

  /** Everything the standalone executor reads. */
  public static List<Setting> all() {
    return List.of(CommonSettings.BIND, CommonSettings.SHUTDOWN_GRACE, GRPC_BIND, MANAGER_ADDRESS, EXECUTOR_ID);
  }
}
