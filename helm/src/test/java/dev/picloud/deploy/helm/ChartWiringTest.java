package dev.picloud.deploy.helm;

import static dev.picloud.deploy.helm.Manifests.container;
import static dev.picloud.deploy.helm.Manifests.containerPort;
import static dev.picloud.deploy.helm.Manifests.env;
import static dev.picloud.deploy.helm.Manifests.envValue;
import static dev.picloud.deploy.helm.Manifests.name;
import static dev.picloud.deploy.helm.Manifests.podLabels;
import static dev.picloud.deploy.helm.Manifests.podSpec;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the chart with its default values and with a production-like values set (ci/production-values.yaml, in
 * which every port, name and secret differs from the defaults) and checks that the pieces line up: the addresses
 * handed to PiCloud name the right Services and ports, Services and probes reach the ports the processes listen on,
 * selectors select exactly their component's pods, and secrets stay in Secrets.
 */
class ChartWiringTest {
  static final String DATABASE_URL = "postgres://picloud:db-secret-5f2a@pg.internal:5432/picloud";
  static final String ADMIN_TOKEN = "admin-token-0123456789abcdef";

  /** One way of installing the chart, and what the rendering must then look like. */
  record Scenario(
      String label,
      String release,
      Path valuesFile,
      Map<String, String> set,
      String prefix,
      String clusterDomain,
      String secretName,
      boolean chartCreatesSecret,
      Integer orchestratorReplicas,
      boolean networkPolicies) {
    @Override
    public String toString() {
      return label;
    }
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        new Scenario(
            "default values",
            "pc",
            null,
            Map.of("database.url", DATABASE_URL, "secrets.adminToken", ADMIN_TOKEN),
            "pc-picloud",
            "cluster.local",
            "pc-picloud-secrets",
            true,
            2,
            false),
        new Scenario(
            "ci/production-values.yaml",
            "prod",
            Chart.DIR.resolve("ci/production-values.yaml"),
            Map.of(),
            "edge",
            "k8s.internal",
            "picloud-prod",
            false,
            null,
            true));
  }

  private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

  private static Manifests render(Scenario s) {
    return RENDERED.computeIfAbsent(s.label(), k -> Chart.render(s.release(), s.valuesFile(), s.set()));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void managerIsOneDeploymentRecreatedNotRolled(Scenario s) {
    Node manager = render(s).workload("manager");
    assertThat(manager.get("kind").text()).isEqualTo("Deployment");
    assertThat(name(manager)).isEqualTo(s.prefix() + "-manager");
    assertThat(manager.path("spec.replicas").integer()).isEqualTo(1);
    assertThat(manager.path("spec.strategy.type").text()).isEqualTo("Recreate");
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void executorRunsOnEveryNodeAsADaemonSet(Scenario s) {
    Node executor = render(s).workload("executor");
    assertThat(executor.get("kind").text()).isEqualTo("DaemonSet");
    assertThat(name(executor)).isEqualTo(s.prefix() + "-executor");
    assertThat(env(container(executor)).get("PICLOUD_EXECUTOR_ID").path("valueFrom.fieldRef.fieldPath").text())
        .as("executors are named after their node").isEqualTo("spec.nodeName");
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void orchestratorsAreADeploymentScaledByReplicasOrByTheirAutoscaler(Scenario s) {
    Manifests m = render(s);
    Node orchestrator = m.workload("orchestrator");
    assertThat(orchestrator.get("kind").text()).isEqualTo("Deployment");
    if (s.orchestratorReplicas() != null) {
      assertThat(orchestrator.path("spec.replicas").integer()).isEqualTo(s.orchestratorReplicas());
      assertThat(m.ofKind("HorizontalPodAutoscaler")).isEmpty();
    } else {
      assertThat(orchestrator.path("spec.replicas").isMissing()).as("replicas left to the HPA").isTrue();
      Node hpa = m.ofKind("HorizontalPodAutoscaler").get(0);
      assertThat(hpa.path("spec.scaleTargetRef.kind").text()).isEqualTo("Deployment");
      assertThat(hpa.path("spec.scaleTargetRef.name").text()).isEqualTo(name(orchestrator));
      assertThat(hpa.path("spec.minReplicas").integer()).isGreaterThan(1);
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyProcessListensWhereItsContainerPortsSay(Scenario s) {
    Manifests m = render(s);
    Map<String, String> grpcBinds =
        Map.of("manager", "PICLOUD_MANAGER_GRPC_BIND", "executor", "PICLOUD_EXECUTOR_GRPC_BIND");
    for (String component : List.of("manager", "orchestrator", "executor")) {
      Node c = container(m.workload(component));
      assertThat(containerPort(c, new Node("http"))).as(component + " http port")
          .contains(bindPort(envValue(c, "PICLOUD_BIND")));
      if (grpcBinds.containsKey(component)) {
        assertThat(containerPort(c, new Node("grpc"))).as(component + " grpc port")
            .contains(bindPort(envValue(c, grpcBinds.get(component))));
      }
      assertThat(c.path("args").list()).as(component + " role").extracting(Node::text).containsExactly(component);
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void orchestratorsAndExecutorsReachTheManagerServiceOnItsGrpcPort(Scenario s) {
    Manifests m = render(s);
    Node service = m.get("Service", s.prefix() + "-manager");
    for (String component : List.of("orchestrator", "executor")) {
      URI address = URI.create("grpc://" + envValue(container(m.workload(component)), "PICLOUD_MANAGER_ADDRESS"));
      assertThat(address.getHost()).as(component).isEqualTo(fqdn(s, name(service)));
      assertServicePortReaches(m, service, address.getPort(), "manager", "PICLOUD_MANAGER_GRPC_BIND");
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void orchestratorsAndTheManagerResolveEveryExecutorThroughTheHeadlessService(Scenario s) {
    Manifests m = render(s);
    Node service = m.get("Service", s.prefix() + "-executor");
    assertThat(service.path("spec.clusterIP").text()).as("headless").isEqualTo("None");
    assertThat(service.path("spec.publishNotReadyAddresses").value()).isEqualTo(false);
    for (String component : List.of("orchestrator", "manager")) {
      String target = envValue(container(m.workload(component)), "PICLOUD_EXECUTORS");
      assertThat(target).as(component).startsWith("dns:///");
      URI address = URI.create("grpc://" + target.substring("dns:///".length()));
      assertThat(address.getHost()).as(component).isEqualTo(fqdn(s, name(service)));
      assertServicePortReaches(m, service, address.getPort(), "executor", "PICLOUD_EXECUTOR_GRPC_BIND");
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyServiceSelectsExactlyOneComponentAndTargetsPortsItsContainerOpens(Scenario s) {
    Manifests m = render(s);
    assertThat(m.ofKind("Service")).hasSize(3);
    for (Node service : m.ofKind("Service")) {
      List<Node> selected = m.selectedBy(service.path("spec.selector").strings());
      assertThat(selected).as(name(service) + " selects").hasSize(1);
      assertThat(name(selected.get(0))).isEqualTo(name(service));
      for (Node port : service.path("spec.ports").list()) {
        assertThat(containerPort(container(selected.get(0)), port.get("targetPort")))
            .as(name(service) + " targetPort " + port.get("targetPort"))
            .isPresent();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void workloadSelectorsMatchTheirPodLabelsAndNoOtherComponent(Scenario s) {
    Manifests m = render(s);
    assertThat(m.workloads()).hasSize(3);
    for (Node workload : m.workloads()) {
      Map<String, String> selector = workload.path("spec.selector.matchLabels").strings();
      assertThat(podLabels(workload)).as(name(workload)).containsAllEntriesOf(selector);
      assertThat(m.selectedBy(selector)).as(name(workload) + " selector").containsExactly(workload);
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void probesCheckHealthzOnTheHttpListener(Scenario s) {
    Manifests m = render(s);
    for (Node workload : m.workloads()) {
      Node c = container(workload);
      int http = bindPort(envValue(c, "PICLOUD_BIND"));
      for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
        Node get = c.path(probe + ".httpGet");
        assertThat(get.get("path").text()).as(name(workload) + " " + probe).isEqualTo("/healthz");
        assertThat(containerPort(c, get.get("port"))).as(name(workload) + " " + probe).contains(http);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void secretsAreReferencedFromASecretAndNeverInlined(Scenario s) {
    Manifests m = render(s);
    Node manager = container(m.workload("manager"));
    for (String variable : List.of("DATABASE_URL", "PICLOUD_ADMIN_TOKEN")) {
      Node ref = env(manager).get(variable).path("valueFrom.secretKeyRef");
      assertThat(ref.get("name").text()).as(variable).isEqualTo(s.secretName());
      if (s.chartCreatesSecret()) {
        assertThat(m.get("Secret", s.secretName()).get("data").map()).containsKey(ref.get("key").text());
      }
    }
    if (!s.chartCreatesSecret()) {
      assertThat(m.ofKind("Secret")).as("an existing Secret is used, none created").isEmpty();
    }
    for (String component : List.of("orchestrator", "executor")) {
      assertThat(env(container(m.workload(component)))).as(component + " never sees the database or the token")
          .doesNotContainKeys("DATABASE_URL", "PICLOUD_ADMIN_TOKEN");
    }
    String outsideSecrets =
        m.all().stream().filter(r -> !"Secret".equals(r.get("kind").text())).map(Node::toString).reduce("", String::concat);
    assertThat(outsideSecrets).doesNotContain(DATABASE_URL, ADMIN_TOKEN, "db-secret-5f2a");
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyContainerHasRequestsAndAMemoryLimit(Scenario s) {
    for (Node workload : render(s).workloads()) {
      Node resources = container(workload).get("resources");
      assertThat(resources.path("requests").map()).as(name(workload)).containsKeys("cpu", "memory");
      assertThat(resources.path("limits").map()).as(name(workload)).containsKey("memory");
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void podsRunAsNonRootOnAReadOnlyRootWithAWritableTmp(Scenario s) {
    for (Node workload : render(s).workloads()) {
      Node pod = podSpec(workload);
      Node c = container(workload);
      assertThat(pod.path("securityContext.runAsNonRoot").value()).as(name(workload)).isEqualTo(true);
      assertThat(c.path("securityContext.readOnlyRootFilesystem").value()).as(name(workload)).isEqualTo(true);
      assertThat(c.path("securityContext.allowPrivilegeEscalation").value()).as(name(workload)).isEqualTo(false);
      assertThat(c.path("securityContext.capabilities.drop").list()).extracting(Node::text).contains("ALL");
      assertThat(pod.get("enableServiceLinks").value()).as(name(workload) + " service links").isEqualTo(false);
      assertThat(pod.get("automountServiceAccountToken").value()).as(name(workload)).isEqualTo(false);
      Set<String> emptyDirs = new TreeSet<>();
      pod.get("volumes").list().stream().filter(v -> !v.get("emptyDir").isMissing()).forEach(v -> emptyDirs.add(v.get("name").text()));
      List<String> tmpMounts = new ArrayList<>();
      c.get("volumeMounts").list().stream()
          .filter(v -> "/tmp".equals(v.get("mountPath").text()) && emptyDirs.contains(v.get("name").text()))
          .forEach(v -> tmpMounts.add(v.get("name").text()));
      assertThat(tmpMounts).as(name(workload) + " /tmp on an emptyDir").hasSize(1);
    }
    Node manager = container(render(s).workload("manager"));
    assertThat(manager.get("volumeMounts").list()).extracting(v -> v.get("mountPath").text())
        .contains(envValue(manager, "PICLOUD_DATA_DIR"));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyEnvironmentVariableAndConfigKeyIsADocumentedSetting(Scenario s) {
    Manifests m = render(s);
    Set<String> used = new TreeSet<>();
    for (Node workload : m.workloads()) {
      used.addAll(env(container(workload)).keySet());
      for (Node from : container(workload).get("envFrom").list()) {
        String configMap = from.path("configMapRef.name").text();
        used.addAll(m.get("ConfigMap", configMap).get("data").map().keySet());
      }
    }
    assertThat(used).contains("PICLOUD_BIND", "PICLOUD_MANAGER_ADDRESS", "PICLOUD_EXECUTORS");
    assertThat(DocumentedSettings.names()).containsAll(used);
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void theDisruptionBudgetCoversTheOrchestratorsOnly(Scenario s) {
    Manifests m = render(s);
    List<Node> budgets = m.ofKind("PodDisruptionBudget");
    assertThat(budgets).hasSize(1);
    assertThat(m.selectedBy(budgets.get(0).path("spec.selector.matchLabels").strings()))
        .containsExactly(m.workload("orchestrator"));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void ingressesRouteToAServicePortThatExists(Scenario s) {
    Manifests m = render(s);
    for (Node ingress : m.ofKind("Ingress")) {
      for (Node rule : ingress.path("spec.rules").list()) {
        for (Node path : rule.path("http.paths").list()) {
          Node backend = path.path("backend.service");
          Node service = m.get("Service", backend.get("name").text());
          assertThat(service.path("spec.ports").list()).extracting(p -> p.get("name").text())
              .contains(backend.path("port.name").text());
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void podsUseTheServiceAccountAndConfigMapsTheChartRenders(Scenario s) {
    Manifests m = render(s);
    for (Node workload : m.workloads()) {
      m.get("ServiceAccount", podSpec(workload).get("serviceAccountName").text());
      for (Node from : container(workload).get("envFrom").list()) {
        m.get("ConfigMap", from.path("configMapRef.name").text());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyContainerAsksTheImageForARoleItsEntrypointKnows(Scenario s) throws Exception {
    String entrypoint = Files.readString(Path.of("..", "compose", "docker", "picloud-entrypoint"));
    for (Node workload : render(s).workloads()) {
      String role = container(workload).path("args").list().get(0).text();
      assertThat(entrypoint).as(name(workload)).containsPattern("(?m)^\\s*" + role + "\\) main=dev\\.picloud\\.");
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void networkPoliciesLetExactlyTheClientsOfEachGrpcListenerIn(Scenario s) {
    Manifests m = render(s);
    List<Node> policies = m.ofKind("NetworkPolicy");
    if (!s.networkPolicies()) {
      assertThat(policies).isEmpty();
      return;
    }
    Map<String, String> clientsBy = Map.of("manager", "PICLOUD_MANAGER_ADDRESS", "executor", "PICLOUD_EXECUTORS");
    assertThat(policies).hasSize(clientsBy.size());
    for (Node policy : policies) {
      List<Node> guarded = m.selectedBy(policy.path("spec.podSelector.matchLabels").strings());
      assertThat(guarded).as(name(policy)).hasSize(1);
      String component = podLabels(guarded.get(0)).get("app.kubernetes.io/component");
      Node c = container(guarded.get(0));
      Set<String> expectedClients = new TreeSet<>();
      for (Node workload : m.workloads()) {
        if (env(container(workload)).containsKey(clientsBy.get(component))) {
          expectedClients.add(name(workload));
        }
      }
      boolean httpOpen = false;
      for (Node rule : policy.path("spec.ingress").list()) {
        List<Integer> ports = new ArrayList<>();
        rule.get("ports").list().forEach(p -> ports.add(containerPort(c, p.get("port")).orElseThrow()));
        if (rule.get("from").isMissing()) {
          assertThat(ports).as(name(policy) + " open to all").containsExactly(bindPort(envValue(c, "PICLOUD_BIND")));
          httpOpen = true;
        } else {
          Set<String> clients = new TreeSet<>();
          rule.get("from").list().forEach(f -> m.selectedBy(f.path("podSelector.matchLabels").strings()).forEach(w -> clients.add(name(w))));
          assertThat(clients).as(name(policy) + " clients").isEqualTo(expectedClients);
          String grpcBind = component.equals("manager") ? "PICLOUD_MANAGER_GRPC_BIND" : "PICLOUD_EXECUTOR_GRPC_BIND";
          assertThat(ports).as(name(policy) + " gRPC").containsExactly(bindPort(envValue(c, grpcBind)));
        }
      }
      assertThat(httpOpen).as(name(policy) + " keeps HTTP (health, admin API) open").isTrue();
    }
  }

  /** The Service's port {@code port} must lead to the container port the component's process binds. */
  private static void assertServicePortReaches(Manifests m, Node service, int port, String component, String bind) {
    Node servicePort = service.path("spec.ports").list().stream()
        .filter(p -> p.get("port").integer() == port)
        .findFirst()
        .orElseThrow(() -> new AssertionError(name(service) + " has no port " + port));
    Node c = container(m.workload(component));
    assertThat(containerPort(c, servicePort.get("targetPort"))).as(name(service) + ":" + port)
        .contains(bindPort(envValue(c, bind)));
  }

  private static String fqdn(Scenario s, String service) {
    return service + "." + Chart.NAMESPACE + ".svc." + s.clusterDomain();
  }

  private static int bindPort(String hostPort) {
    return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
  }
}
