package dev.picloud.manager;

import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.Setting;
import java.util.ArrayList;
import java.util.List;

/** Settings of the manager tier. */
public final class ManagerSettings {
  private ManagerSettings() {}

  /** Where the manager's gRPC listener (catalog for other tiers) binds when it runs alone. */
  public static final Setting GRPC_BIND =
      new Setting(
          "manager.grpc-bind",
          "PICLOUD_MANAGER_GRPC_BIND",
          "0.0.0.0:9090",
          "Split deployment: address and port of the manager's gRPC listener (catalog and log ingest for the other"
              + " tiers).");

  /** Everything the standalone manager reads. */
  public static List<Setting> all() {
    List<Setting> all = new ArrayList<>(CommonSettings.ALL);
    all.add(GRPC_BIND);
    return List.copyOf(all);
  }
}
