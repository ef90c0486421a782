package dev.picloud.orchestrator;

import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.Setting;
import java.util.ArrayList;
import java.util.List;

/** Settings of the orchestrator tier. */
public final class OrchestratorSettings {
  private OrchestratorSettings() {}

  /** Runs in flight at once; one more is refused with 503. */
  public static final Setting MAX_CONCURRENT =
      new Setting(
          "orchestrator.max-concurrent-executions",
          "PICLOUD_MAX_CONCURRENT_EXECUTIONS",
          "32",
          "Script runs in flight at once on this node; the next request gets 503 with Retry-After: 1 (no queue).");

  /** Largest request body accepted. */
  public static final Setting MAX_BODY =
      new Setting(
          "orchestrator.max-body-bytes",
          "PICLOUD_MAX_BODY_BYTES",
          "10485760",
          "Largest request body a script route accepts, in bytes; larger bodies get 413.");

  /** Where the manager's gRPC listener is. */
  public static final Setting MANAGER_ADDRESS =
      new Setting(
          "orchestrator.manager",
          "PICLOUD_MANAGER_ADDRESS",
          "127.0.0.1:9090",
          "Split deployment: host:port of the manager's gRPC listener.");

  /** Where the executors are. */
  public static final Setting EXECUTORS =
      new Setting(
          "orchestrator.executors",
          "PICLOUD_EXECUTORS",
          "127.0.0.1:9091",
          "Split deployment: comma-separated host:port list of executors, or dns:///name:port to use every address"
              + " of a name (a Kubernetes headless service).");

  /** Settings of the ingress itself (also read by the all-in-one). */
  public static final List<Setting> INGRESS = List.of(MAX_CONCURRENT, MAX_BODY);

  /** Everything the standalone orchestrator reads. */
  public static List<Setting> all() {
    List<Setting> all = new ArrayList<>(CommonSettings.ALL);
    all.addAll(INGRESS);
    all.add(MANAGER_ADDRESS);
    all.add(EXECUTORS);
    return List.copyOf(all);
  }
}
