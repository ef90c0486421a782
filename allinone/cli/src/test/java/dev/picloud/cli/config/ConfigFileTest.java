package dev.picloud.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
  @Test
  void locatesTheFileUnderXdgConfigHomeElseHomeDotConfig(@TempDir Path dir) {
    assertThat(ConfigFile.locate(Map.of("XDG_CONFIG_HOME", dir.toString(), "HOME", "/nowhere")).path())
        .isEqualTo(dir.resolve("picloud/config.json"));
    assertThat(ConfigFile.locate(Map.of("HOME", dir.toString())).path()).isEqualTo(dir.resolve(".config/picloud/config.json"));
    assertThat(ConfigFile.locate(Map.of("XDG_CONFIG_HOME", "relative", "HOME", dir.toString())).path())
        .as("a relative XDG_CONFIG_HOME is ignored, as the spec says")
        .isEqualTo(dir.resolve(".config/picloud/config.json"));
  }

  @Test
  void savesProfilesSideBySideWithMode600AndRemovesThem(@TempDir Path dir) throws Exception {
    ConfigFile file = new ConfigFile(dir.resolve("picloud/config.json"));
    assertThat(file.profile("default")).isEmpty();
    file.save("default", new Profile("http://a:8080", "token-a"));
    file.save("prod", new Profile("https://b", "token-b"));
    file.save("default", new Profile("http://a:9090", "token-c"));

    ConfigFile reread = new ConfigFile(file.path());
    assertThat(reread.profile("default")).contains(new Profile("http://a:9090", "token-c"));
    assertThat(reread.profile("prod")).contains(new Profile("https://b", "token-b"));
    assertThat(Files.getPosixFilePermissions(file.path())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(file.path().getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    try (var files = Files.list(file.path().getParent())) {
      assertThat(files).as("no temporary file left behind").containsExactly(file.path());
    }

    assertThat(reread.remove("prod")).isTrue();
    assertThat(reread.remove("prod")).isFalse();
    assertThat(new ConfigFile(file.path()).profile("prod")).isEmpty();
  }

  @Test
  void aLooserFileIsTightenedOnSave(@TempDir Path dir) throws Exception {
    Path path = dir.resolve("config.json");
    Files.writeString(path, "{\"profiles\": {}}");
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
    new ConfigFile(path).save("default", new Profile("http://x", "t"));
    assertThat(Files.getPosixFilePermissions(path)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void aBrokenFileIsNamedInTheError(@TempDir Path dir) throws Exception {
    Path path = Files.writeString(dir.resolve("config.json"), "{not json");
    assertThatThrownBy(() -> new ConfigFile(path).profile("default")).hasMessageContaining(path.toString()).hasMessageContaining("fix or delete it");
  }
}
