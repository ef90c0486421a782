package dev.picloud.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.config.Config;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
  private static final Setting BIND = new Setting("server.bind", "PICLOUD_BIND", "0.0.0.0:8080", "where to listen");
  private static final Setting LIMIT = new Setting("x.limit", "PICLOUD_X_LIMIT", "32", "a limit");
  private static final Setting GRACE = new Setting("x.grace", "PICLOUD_X_GRACE", "10s", "a duration");
  private static final List<Setting> ALL = List.of(BIND, LIMIT, GRACE);

  @Test
  void defaultsApplyWhenNothingIsSet() {
    Config config = ConfigLoader.load(Map.of(), ALL, List.of());
    InetSocketAddress bind = Settings.bindAddress(config, BIND);
    assertThat(bind.getHostString()).isEqualTo("0.0.0.0");
    assertThat(bind.getPort()).isEqualTo(8080);
    assertThat(Settings.integer(config, LIMIT, 1, 100)).isEqualTo(32);
    assertThat(Settings.duration(config, GRACE)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void documentedEnvironmentVariablesOverrideYamlAndDefaults() {
    Config config =
        ConfigLoader.load(
            Map.of("PICLOUD_BIND", "127.0.0.1:9999", "PICLOUD_X_GRACE", "250ms"),
            ALL,
            List.of("config-loader-test.yaml"));
    assertThat(Settings.bindAddress(config, BIND).getPort()).isEqualTo(9999);
    assertThat(Settings.duration(config, GRACE)).isEqualTo(Duration.ofMillis(250));
    // From the YAML file, over the default of 32.
    assertThat(Settings.integer(config, LIMIT, 1, 100)).isEqualTo(7);
  }

  @Test
  void badValuesNameTheEnvironmentVariableAndTheProblem() {
    Config config = ConfigLoader.load(Map.of("PICLOUD_BIND", "nonsense", "PICLOUD_X_LIMIT", "lots"), ALL, List.of());
    assertThatThrownBy(() -> Settings.bindAddress(config, BIND))
        .isInstanceOf(ConfigException.class)
        .hasMessage("PICLOUD_BIND (server.bind): expected host:port, e.g. 0.0.0.0:8080, got 'nonsense'");
    assertThatThrownBy(() -> Settings.integer(config, LIMIT, 1, 100))
        .hasMessage("PICLOUD_X_LIMIT (x.limit): expected a whole number, got 'lots'");
  }

  @Test
  void outOfRangeAndBadDurationsAreRefused() {
    Config config = ConfigLoader.load(Map.of("PICLOUD_X_LIMIT", "0", "PICLOUD_X_GRACE", "soon"), ALL, List.of());
    assertThatThrownBy(() -> Settings.integer(config, LIMIT, 1, 100)).hasMessageContaining("between 1 and 100");
    assertThatThrownBy(() -> Settings.duration(config, GRACE)).hasMessageContaining("expected a duration");
  }

  @Test
  void parsesDurationUnits() {
    assertThat(Settings.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Settings.parseDuration("30d")).isEqualTo(Duration.ofDays(30));
    assertThat(Settings.parseDuration("PT2S")).isEqualTo(Duration.ofSeconds(2));
    assertThat(Settings.parseDuration("15")).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void aMissingConfigFileIsReported() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("PICLOUD_CONFIG", "/nonexistent/picloud.yaml"), ALL, List.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("PICLOUD_CONFIG");
  }
}
