package dev.picloud.deploy.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendered manifest is a valid instance of its Kubernetes API type: known apiVersion and kind, no unknown or
 * misplaced field, every value of the right type. This is the offline stand-in for the API server's own validation.
 */
class KubernetesModelTest {
  @ParameterizedTest
  @MethodSource("dev.picloud.deploy.helm.ChartWiringTest#scenarios")
  void everyManifestReadsStrictlyIntoItsKubernetesType(ChartWiringTest.Scenario s) {
    Manifests m = Chart.render(s.release(), s.valuesFile(), s.set());
    List<KubernetesResource> typed = new ArrayList<>();
    for (Node manifest : m.all()) {
      typed.add(KubernetesModel.read(manifest));
    }
    assertThat(typed).hasSize(m.all().size());
    assertThat(typed).hasAtLeastOneElementOfType(Deployment.class).hasAtLeastOneElementOfType(DaemonSet.class);
  }

  @Test
  void theStrictReadCatchesAMisspeltFieldAWrongTypeAndAnUnknownKind() {
    Node misspelt =
        Manifests.parse(
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          readinessProbe: {httpget: {path: /healthz, port: http}}
                """)
            .all()
            .get(0);
    assertThatThrownBy(() -> KubernetesModel.read(misspelt)).hasMessageContaining("httpget").hasMessageContaining("Probe");
    Node wrongType =
        Manifests.parse("apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec:\n  ports:\n    - port: http\n").all().get(0);
    assertThatThrownBy(() -> KubernetesModel.read(wrongType)).hasMessageContaining("port");
    Node unknownKind = Manifests.parse("apiVersion: apps/v2\nkind: Deployment\nmetadata: {name: x}\n").all().get(0);
    assertThatThrownBy(() -> KubernetesModel.read(unknownKind)).hasMessageContaining("apps/v2");
  }
}
