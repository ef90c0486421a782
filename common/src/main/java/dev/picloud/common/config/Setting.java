package dev.picloud.common.config;

import java.util.Objects;

/**
 * One documented configuration key: its Helidon config key, the environment variable that overrides it, its default
 * and a one-line description. Tiers declare their settings as constants; docs/configuration.md lists them all.
 *
 * @param key config key, e.g. {@code server.bind}
 * @param env environment variable, e.g. {@code PICLOUD_BIND}
 * @param defaultValue default as text; empty means "not set"
 * @param description what it does, for docs and error messages
 */
public record Setting(String key, String env, String defaultValue, String description) {
  public Setting {
    Objects.requireNonNull(key);
    Objects.requireNonNull(env);
    Objects.requireNonNull(defaultValue);
    Objects.requireNonNull(description);
  }

  /** How errors name this setting: the environment variable first (what users set), then the key. */
  public String displayName() {
    return env + " (" + key + ")";
  }
}
