package dev.picloud.manager;

import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.SandboxSettings;
import dev.picloud.common.config.Setting;
import java.util.ArrayList;
import java.util.List;

/** Settings of the manager tier. */
public final class ManagerSettings {
  private ManagerSettings() {}

  /** The admin API token. */
  public static final Setting ADMIN_TOKEN =
      new Setting(
          "manager.admin-token",
          "PICLOUD_ADMIN_TOKEN",
          "",
          "Bearer token of the admin API (at least 16 characters). Unset: one is generated at first start, saved as"
              + " admin-token in the data directory and printed once.");

  /** How long execution records are kept. */
  public static final Setting EXECUTION_RETENTION =
      new Setting(
          "manager.execution-retention",
          "PICLOUD_EXECUTION_RETENTION",
          "30d",
          "How long execution records (request summary, status, logs) are kept; older ones are deleted every six"
              + " hours.");

  /** Capacity of the execution-log queue. */
  public static final Setting EXECUTION_LOG_QUEUE =
      new Setting(
          "manager.execution-log-queue",
          "PICLOUD_EXECUTION_LOG_QUEUE",
          "10000",
          "Execution records waiting to be written; when full (database down or too slow), new records are dropped"
              + " and counted (GET /api/v1/admin/executions/stats), requests are never slowed.");

  /** Where the manager's gRPC listener binds when it runs alone. */
  public static final Setting GRPC_BIND =
      new Setting(
          "manager.grpc-bind",
          "PICLOUD_MANAGER_GRPC_BIND",
          "0.0.0.0:9090",
          "Split deployment: address and port of the manager's gRPC listener (catalog and log ingest for the other"
              + " tiers).");

  /** Executors the standalone manager asks to validate scripts. */
  public static final Setting EXECUTORS =
      new Setting(
          "manager.executors",
          "PICLOUD_EXECUTORS",
          "127.0.0.1:9091",
          "Split deployment: executors (host:port, or dns:///name:port) — the orchestrator runs scripts on them, the"
              + " manager asks them to compile scripts on save.");

  /** Settings the manager reads in any deployment. */
  public static final List<Setting> CORE = List.of(ADMIN_TOKEN, EXECUTION_RETENTION, EXECUTION_LOG_QUEUE);

  /** Everything the standalone manager reads. */
  public static List<Setting> all() {
    List<Setting> all = new ArrayList<>(CommonSettings.ALL);
    all.addAll(CORE);
    all.addAll(SandboxSettings.ALL);
    all.add(GRPC_BIND);
    all.add(EXECUTORS);
    return List.copyOf(all);
  }
}
