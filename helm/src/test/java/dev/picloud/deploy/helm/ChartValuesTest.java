package dev.picloud.deploy.helm;

import static dev.picloud.deploy.helm.Manifests.container;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Release;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the chart refuses, and how values reach the pods. */
class ChartValuesTest {
  private static final Map<String, String> REQUIRED =
      Map.of("database.url", ChartWiringTest.DATABASE_URL, "secrets.adminToken", ChartWiringTest.ADMIN_TOKEN);

  private static Map<String, String> with(String key, String value) {
    Map<String, String> set = new HashMap<>(REQUIRED);
    set.put(key, value);
    return set;
  }

  @Test
  void refusesToRenderWithoutADatabase() {
    assertThatThrownBy(() -> Chart.render("pc", null, Map.of("secrets.adminToken", ChartWiringTest.ADMIN_TOKEN)))
        .hasMessageContaining("database.url is required");
  }

  @Test
  void refusesAShortAdminToken() {
    assertThatThrownBy(() -> Chart.render("pc", null, with("secrets.adminToken", "short")))
        .hasMessageContaining("adminToken");
  }

  @Test
  void refusesConfigThatWouldOverrideTheWiring(@TempDir Path dir) throws Exception {
    for (String owned : List.of("PICLOUD_BIND", "PICLOUD_EXECUTORS", "PICLOUD_ADMIN_TOKEN", "DATABASE_URL")) {
      Path values = dir.resolve(owned + ".yaml");
      Files.writeString(values, "orchestrator:\n  config:\n    " + owned + ": x\n");
      assertThatThrownBy(() -> Chart.render("pc", values, REQUIRED)).as(owned).hasMessageContaining(owned);
    }
  }

  @Test
  void refusesANonSandboxSettingUnderSandbox(@TempDir Path dir) throws Exception {
    Path values = dir.resolve("values.yaml");
    Files.writeString(values, "sandbox:\n  PICLOUD_MAX_BODY_BYTES: 1024\n");
    assertThatThrownBy(() -> Chart.render("pc", values, REQUIRED)).hasMessageContaining("PICLOUD_MAX_BODY_BYTES");
  }

  @Test
  void configMapsCarryEachComponentsSettingsWithLargeNumbersIntact(@TempDir Path dir)
      throws Exception {
    Path values = dir.resolve("values.yaml");
    Files.writeString(
        values,
        """
        config:
          PICLOUD_SHUTDOWN_GRACE: 20s
        sandbox:
          PICLOUD_SANDBOX_DEFAULT_MAX_OPERATIONS: 100000000
        manager:
          config:
            PICLOUD_EXECUTION_RETENTION: 7d
        orchestrator:
          config:
            PICLOUD_MAX_CONCURRENT_EXECUTIONS: 64
            PICLOUD_SHUTDOWN_GRACE: 25s
        """);
    Manifests m = Chart.render("pc", values, REQUIRED);
    assertThat(data(m, "manager"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "PICLOUD_SHUTDOWN_GRACE", "20s",
                "PICLOUD_SANDBOX_DEFAULT_MAX_OPERATIONS", "100000000",
                "PICLOUD_EXECUTION_RETENTION", "7d"));
    assertThat(data(m, "orchestrator"))
        .as("component settings win; no sandbox settings on the ingress")
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("PICLOUD_SHUTDOWN_GRACE", "25s", "PICLOUD_MAX_CONCURRENT_EXECUTIONS", "64"));
    assertThat(data(m, "executor"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("PICLOUD_SHUTDOWN_GRACE", "20s", "PICLOUD_SANDBOX_DEFAULT_MAX_OPERATIONS", "100000000"));
  }

  @Test
  void aConfigChangeRollsOnlyThePodsThatReadIt() {
    Manifests before = Chart.render("pc", null, REQUIRED);
    Manifests after = Chart.render("pc", null, with("orchestrator.config.PICLOUD_MAX_BODY_BYTES", "1024"));
    assertThat(checksum(after, "orchestrator")).isNotEqualTo(checksum(before, "orchestrator"));
    assertThat(checksum(after, "manager")).isEqualTo(checksum(before, "manager"));
    assertThat(checksum(after, "executor")).isEqualTo(checksum(before, "executor"));
  }

  @Test
  void aSingleOrchestratorGetsNoDisruptionBudgetThatWouldBlockDrains() {
    Manifests m = Chart.render("pc", null, with("orchestrator.replicaCount", "1"));
    assertThat(m.ofKind("PodDisruptionBudget")).isEmpty();
    assertThat(m.workload("orchestrator").path("spec.replicas").integer()).isEqualTo(1);
  }

  @Test
  void javaOptionsAndTheImageReachEveryContainer() {
    Manifests m = Chart.render("pc", null, with("javaOpts", "-Xmx300m"));
    for (Node workload : m.workloads()) {
      assertThat(Manifests.envValue(container(workload), "PICLOUD_JAVA_OPTS")).isEqualTo("-Xmx300m");
      assertThat(container(workload).get("image").text()).isEqualTo("picloud:" + System.getProperty("picloud.version"));
    }
  }

  /**
   * Without a token the chart generates one, keeping it across upgrades with {@code lookup}. helm-java's template
   * sends lookups to a cluster, so this path renders through a client-only dry-run install instead, which treats
   * lookups as the helm CLI's template does (nothing found).
   */
  @Test
  void rendersWithAGeneratedAdminTokenWithoutACluster() {
    Release release =
        Chart.helm()
            .install()
            .withName("pc")
            .withNamespace(Chart.NAMESPACE)
            .withKubeVersion(Chart.KUBE_VERSION)
            .dryRun()
            .withDryRunOption(DryRun.CLIENT)
            .clientOnly()
            .set("database.url", ChartWiringTest.DATABASE_URL)
            .call();
    assertThat(release.getStatus()).isEqualTo("pending-install");
    assertThat(release.getOutput()).contains("get secret pc-picloud-secrets");
  }

  private static Map<String, String> data(Manifests m, String component) {
    return m.get("ConfigMap", "pc-picloud-" + component).get("data").strings();
  }

  private static String checksum(Manifests m, String component) {
    return m.workload(component).path("spec.template.metadata.annotations").get("checksum/config").text();
  }
}
