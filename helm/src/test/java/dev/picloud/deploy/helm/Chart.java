package dev.picloud.deploy.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.Map;

/**
 * The chart under test, rendered by the Helm library that helm-java embeds (no helm binary, no cluster). The first
 * call loads the native library (about 2 s); a render then takes tens of milliseconds.
 */
final class Chart {
  /** The chart directory, relative to this module (surefire runs in it). */
  static final Path DIR = Path.of("picloud");

  /** The namespace and Kubernetes version every render uses. */
  static final String NAMESPACE = "apps";

  static final String KUBE_VERSION = "1.31.0";

  private Chart() {}

  static Helm helm() {
    return new Helm(DIR);
  }

  /**
   * Renders the chart as release {@code release}, with a values file (or null) and {@code --set} overrides.
   *
   * <p>Every render here sets the admin token or an existing Secret: without them the chart calls {@code lookup} to
   * keep a generated token, and helm-java's template (unlike the helm CLI) sends lookups to a cluster.
   */
  static Manifests render(String release, Path valuesFile, Map<String, String> set) {
    return Manifests.parse(renderText(release, valuesFile, set));
  }

  static String renderText(String release, Path valuesFile, Map<String, String> set) {
    TemplateCommand template = helm().template().withName(release).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION);
    if (valuesFile != null) {
      template = template.withValuesFile(valuesFile);
    }
    for (Map.Entry<String, String> entry : set.entrySet()) {
      template = template.set(entry.getKey(), entry.getValue());
    }
    return template.call();
  }
}
