package dev.picloud.common.config;

import io.helidon.config.Config;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Reads one {@link Setting} from a {@link Config} as a typed value, failing with a {@link ConfigException}. */
public final class Settings {
  private Settings() {}

  /** The setting as text, or empty when unset or blank. */
  public static Optional<String> text(Config config, Setting setting) {
    return config.get(setting.key()).asString().asOptional().map(String::trim).filter(s -> !s.isEmpty());
  }

  /** The setting as text; it must be set. */
  public static String requiredText(Config config, Setting setting) {
    return text(config, setting).orElseThrow(() -> new ConfigException(setting, "must be set"));
  }

  /** The setting as an integer within [min, max]. */
  public static int integer(Config config, Setting setting, int min, int max) {
    long value = longValue(config, setting, min, max);
    return (int) value;
  }

  /** The setting as a long within [min, max]. */
  public static long longValue(Config config, Setting setting, long min, long max) {
    String text = requiredText(config, setting);
    long value;
    try {
      value = Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new ConfigException(setting, "expected a whole number, got '" + text + "'");
    }
    if (value < min || value > max) {
      throw new ConfigException(setting, "must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /** The setting as a boolean ({@code true}/{@code false}). */
  public static boolean bool(Config config, Setting setting) {
    String text = requiredText(config, setting).toLowerCase(java.util.Locale.ROOT);
    return switch (text) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new ConfigException(setting, "expected true or false, got '" + text + "'");
    };
  }

  /** The setting as a duration: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d} or ISO-8601. */
  public static Duration duration(Config config, Setting setting) {
    String text = requiredText(config, setting);
    try {
      return parseDuration(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(setting, "expected a duration such as 500ms, 30s, 5m or 7d, got '" + text + "'");
    }
  }

  /** The setting as a {@code host:port} address; port 0 picks a free port. */
  public static InetSocketAddress bindAddress(Config config, Setting setting) {
    String text = requiredText(config, setting);
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      throw new ConfigException(setting, "expected host:port, e.g. 0.0.0.0:8080, got '" + text + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.isEmpty()) {
      host = "0.0.0.0";
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new ConfigException(setting, "the port in '" + text + "' is not a number");
    }
    if (port < 0 || port > 65_535) {
      throw new ConfigException(setting, "port must be between 0 and 65535, got " + port);
    }
    return InetSocketAddress.createUnresolved(host, port);
  }

  /** The setting as a filesystem path, made absolute. */
  public static Path path(Config config, Setting setting) {
    String text = requiredText(config, setting);
    try {
      return Path.of(text).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new ConfigException(setting, "not a valid path: '" + text + "'");
    }
  }

  static Duration parseDuration(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.startsWith("p")) {
      return Duration.parse(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
    int split = 0;
    while (split < t.length() && (Character.isDigit(t.charAt(split)) || t.charAt(split) == '_')) {
      split++;
    }
    if (split == 0) {
      throw new IllegalArgumentException(text);
    }
    long amount = Long.parseLong(t.substring(0, split).replace("_", ""));
    return switch (t.substring(split).trim()) {
      case "ms" -> Duration.ofMillis(amount);
      case "s", "" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      case "d" -> Duration.ofDays(amount);
      default -> throw new IllegalArgumentException(text);
    };
  }
}
