package dev.picloud.deploy.helm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The Kubernetes resources of one {@code helm template} run, with the lookups the wiring tests need. */
final class Manifests {
  private final List<Node> resources;

  private Manifests(List<Node> resources) {
    this.resources = List.copyOf(resources);
  }

  /** Parses a multi-document YAML stream; empty documents (templates that render nothing) are skipped. */
  static Manifests parse(String yaml) {
    List<Node> resources = new ArrayList<>();
    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
      if (document != null) {
        resources.add(new Node(document));
      }
    }
    return new Manifests(resources);
  }

  List<Node> all() {
    return resources;
  }

  List<Node> ofKind(String kind) {
    return resources.stream().filter(r -> kind.equals(r.get("kind").text())).toList();
  }

  Optional<Node> find(String kind, String name) {
    return ofKind(kind).stream().filter(r -> name.equals(name(r))).findFirst();
  }

  Node get(String kind, String name) {
    return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in " + names()));
  }

  /** Deployments and DaemonSets. */
  List<Node> workloads() {
    List<Node> workloads = new ArrayList<>(ofKind("Deployment"));
    workloads.addAll(ofKind("DaemonSet"));
    workloads.addAll(ofKind("StatefulSet"));
    return workloads;
  }

  /** The workload whose pods carry {@code app.kubernetes.io/component: <component>}. */
  Node workload(String component) {
    return workloads().stream()
        .filter(w -> component.equals(podLabels(w).get("app.kubernetes.io/component")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no workload for component " + component + " in " + names()));
  }

  /** The workloads whose pod labels a selector matches. */
  List<Node> selectedBy(Map<String, String> selector) {
    return workloads().stream().filter(w -> matches(selector, podLabels(w))).toList();
  }

  List<String> names() {
    return resources.stream().map(r -> r.get("kind").text() + "/" + name(r)).toList();
  }

  static String name(Node resource) {
    return resource.path("metadata.name").text();
  }

  static Node podSpec(Node workload) {
    return workload.path("spec.template.spec");
  }

  static Map<String, String> podLabels(Node workload) {
    return workload.path("spec.template.metadata.labels").strings();
  }

  static Node container(Node workload) {
    List<Node> containers = podSpec(workload).get("containers").list();
    if (containers.size() != 1) {
      throw new AssertionError(name(workload) + " should run one container, has " + containers.size());
    }
    return containers.get(0);
  }

  /** The container's env entries by name. */
  static Map<String, Node> env(Node container) {
    Map<String, Node> env = new LinkedHashMap<>();
    for (Node entry : container.get("env").list()) {
      env.put(entry.get("name").text(), entry);
    }
    return env;
  }

  /** The literal value of an env var, failing if it is absent or comes from elsewhere. */
  static String envValue(Node container, String name) {
    Node entry = env(container).get(name);
    if (entry == null || entry.get("value").isMissing()) {
      throw new AssertionError(container.get("name").text() + " has no literal " + name + ": " + container.get("env"));
    }
    return entry.get("value").text();
  }

  /** The container port a Service targetPort or a probe port (a name or a number) designates, if any. */
  static Optional<Integer> containerPort(Node container, Node port) {
    for (Node candidate : container.get("ports").list()) {
      boolean byName = port.value() instanceof String s && s.equals(candidate.get("name").text());
      boolean byNumber = port.value() instanceof Number n && n.intValue() == candidate.get("containerPort").integer();
      if (byName || byNumber) {
        return Optional.of(candidate.get("containerPort").integer());
      }
    }
    return Optional.empty();
  }

  static boolean matches(Map<String, String> selector, Map<String, String> labels) {
    return !selector.isEmpty() && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }
}
