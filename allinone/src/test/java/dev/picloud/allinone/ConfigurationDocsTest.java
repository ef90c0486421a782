package dev.picloud.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.common.config.Setting;
import dev.picloud.executor.ExecutorSettings;
import dev.picloud.manager.ManagerSettings;
import dev.picloud.orchestrator.OrchestratorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every setting any launcher reads is documented, with its key and default, in docs/configuration.md. */
class ConfigurationDocsTest {
  @Test
  void everySettingIsDocumented() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "configuration.md"));
    List<Setting> all = new ArrayList<>(AllInOneSettings.all());
    all.addAll(ManagerSettings.all());
    all.addAll(OrchestratorSettings.all());
    all.addAll(ExecutorSettings.all());
    for (Setting s : all) {
      assertThat(docs).as(s.env()).contains("`" + s.env() + "`").contains(s.key());
      if (!s.defaultValue().isEmpty()) {
        assertThat(docs).as(s.env() + " default").contains("`" + s.defaultValue() + "`");
      }
    }
  }
}
