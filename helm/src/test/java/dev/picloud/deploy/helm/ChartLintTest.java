package dev.picloud.deploy.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code helm lint --strict}, and the chart's metadata. */
class ChartLintTest {
  @Test
  void lintsCleanInStrictMode() {
    LintResult result = Chart.helm().lint().strict().call();
    assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    assertThat(result.getMessages()).noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
  }

  @Test
  void appVersionIsTheProjectVersion() throws Exception {
    Node chart = new Node(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(Chart.DIR.resolve("Chart.yaml"))));
    assertThat(chart.get("apiVersion").text()).isEqualTo("v2");
    assertThat(chart.get("appVersion").text()).isEqualTo(System.getProperty("picloud.version"));
  }

  @Test
  void shipsNotesAValuesSchemaAndHelpers() {
    for (String file : new String[] {"values.yaml", "values.schema.json", "templates/NOTES.txt", "templates/_helpers.tpl"}) {
      assertThat(Path.of(Chart.DIR.toString(), file)).exists();
    }
  }
}
