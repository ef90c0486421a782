package dev.picloud.common.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the configuration of a launcher. Sources, highest priority first:
 *
 * <ol>
 *   <li>the documented environment variables of the given settings ({@code PICLOUD_BIND}, {@code DATABASE_URL}...);
 *   <li>Java system properties ({@code -Dserver.bind=...});
 *   <li>other environment variables, with Helidon's mapping ({@code SERVER_BIND} → {@code server.bind});
 *   <li>an optional YAML file named by {@code PICLOUD_CONFIG};
 *   <li>the tiers' YAML files on the classpath, in the order given;
 *   <li>the settings' defaults.
 * </ol>
 */
public final class ConfigLoader {
  /** The environment variable naming an optional YAML file with overrides. */
  public static final String CONFIG_FILE_ENV = "PICLOUD_CONFIG";

  private ConfigLoader() {}

  /** Loads configuration from the process environment. */
  public static Config load(Collection<Setting> settings, List<String> classpathYaml) {
    return load(System.getenv(), settings, classpathYaml);
  }

  /** Loads configuration from the given environment (tests pass their own). */
  public static Config load(Map<String, String> env, Collection<Setting> settings, List<String> classpathYaml) {
    Config.Builder builder =
        Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource();
    builder.addSource(ConfigSources.create(documentedEnvironment(env, settings), "documented-environment"));
    builder.addSource(ConfigSources.systemProperties());
    builder.addSource(ConfigSources.environmentVariables());
    String file = env.get(CONFIG_FILE_ENV);
    if (file != null && !file.isBlank()) {
      Path path = Path.of(file);
      if (!Files.isReadable(path)) {
        throw new ConfigException(CONFIG_FILE_ENV, "cannot read config file " + path.toAbsolutePath(), null);
      }
      builder.addSource(ConfigSources.file(path));
    }
    for (String resource : classpathYaml) {
      builder.addSource(ConfigSources.classpath(resource).optional());
    }
    builder.addSource(ConfigSources.create(defaults(settings), "defaults"));
    return builder.build();
  }

  private static Map<String, String> documentedEnvironment(Map<String, String> env, Collection<Setting> settings) {
    Map<String, String> values = new HashMap<>();
    for (Setting setting : settings) {
      String value = env.get(setting.env());
      if (value != null && !value.isBlank()) {
        values.put(setting.key(), value.trim());
      }
    }
    return values;
  }

  private static Map<String, String> defaults(Collection<Setting> settings) {
    Map<String, String> values = new HashMap<>();
    for (Setting setting : settings) {
      if (!setting.defaultValue().isEmpty()) {
        values.put(setting.key(), setting.defaultValue());
      }
    }
    return values;
  }
}
