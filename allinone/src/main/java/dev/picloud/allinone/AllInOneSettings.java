package dev.picloud.allinone;

import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.SandboxSettings;
import dev.picloud.common.config.Setting;
import dev.picloud.manager.ManagerSettings;
import dev.picloud.orchestrator.OrchestratorSettings;
import java.util.ArrayList;
import java.util.List;

/** Every setting the all-in-one reads. */
final class AllInOneSettings {
  private AllInOneSettings() {}

  static List<Setting> all() {
    List<Setting> all = new ArrayList<>(CommonSettings.ALL);
    all.addAll(OrchestratorSettings.INGRESS);
    all.addAll(SandboxSettings.ALL);
    all.addAll(ManagerSettings.CORE);
    return List.copyOf(all);
  }
}
