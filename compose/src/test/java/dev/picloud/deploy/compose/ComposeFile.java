package dev.picloud.deploy.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Compose file as Docker Compose reads it before interpolation: YAML with anchors and merge keys resolved
 * (SnakeYAML does both), {@code ${VAR}} left in place.
 */
record ComposeFile(Path path, Map<String, Service> services, Map<String, Object> root) {
  /** This module's directory, compose/: surefire runs the tests in it. */
  static final Path DIR = Path.of(".");

  /**
   * One service. Its role is the first word of its command (the image's entrypoint reads it) for PiCloud containers,
   * empty for the others (PostgreSQL).
   */
  record Service(String name, Map<String, Object> spec) {
    Optional<String> role() {
      List<String> command = strings(spec.get("command"));
      boolean picloud = spec.containsKey("build") || String.valueOf(spec.get("image")).contains("picloud");
      return picloud && !command.isEmpty() ? Optional.of(command.get(0)) : Optional.empty();
    }

    Map<String, String> environment() {
      Map<String, String> env = new LinkedHashMap<>();
      Object raw = spec.get("environment");
      if (raw instanceof Map<?, ?> map) {
        map.forEach((k, v) -> env.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
      } else {
        for (String entry : strings(raw)) {
          int eq = entry.indexOf('=');
          env.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
        }
      }
      return env;
    }

    /** Port mappings in short syntax ({@code "HOST:CONTAINER"}), as their container port. */
    List<Integer> publishedContainerPorts() {
      return strings(spec.get("ports")).stream()
          .map(p -> Integer.parseInt(p.substring(p.lastIndexOf(':') + 1).replace("/tcp", "")))
          .toList();
    }

    /** depends_on in long syntax: service → condition. */
    Map<String, String> dependsOn() {
      Map<String, String> deps = new LinkedHashMap<>();
      if (spec.get("depends_on") instanceof Map<?, ?> map) {
        map.forEach((k, v) -> deps.put(String.valueOf(k), v instanceof Map<?, ?> m ? String.valueOf(m.get("condition")) : null));
      }
      return deps;
    }

    List<String> healthcheck() {
      return spec.get("healthcheck") instanceof Map<?, ?> h ? strings(h.get("test")) : List.of();
    }

    Object get(String key) {
      return spec.get(key);
    }
  }

  static ComposeFile load(String fileName) {
    Path path = DIR.resolve(fileName);
    try {
      Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(path));
      Map<String, Object> root = map(parsed);
      Map<String, Service> services = new LinkedHashMap<>();
      map(root.get("services")).forEach((name, spec) -> services.put(name, new Service(name, map(spec))));
      return new ComposeFile(path, services, root);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + path, e);
    }
  }

  Service service(String name) {
    Service service = services.get(name);
    if (service == null) {
      throw new AssertionError(path + " has no service " + name + " (has " + services.keySet() + ")");
    }
    return service;
  }

  List<Service> picloudServices() {
    return services.values().stream().filter(s -> s.role().isPresent()).toList();
  }

  List<Service> withRole(String role) {
    return picloudServices().stream().filter(s -> s.role().orElseThrow().equals(role)).toList();
  }

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?:(:?[-?])([^}]*))?}");

  /** The names of the {@code ${VAR}} interpolations in the file's text. */
  static List<String> variables(String text) {
    return VARIABLE.matcher(text).results().map(m -> m.group(1)).distinct().toList();
  }

  /**
   * Interpolates as Compose does with an empty environment: {@code ${VAR:-default}} becomes the default, {@code
   * ${VAR:?message}} (required) becomes {@code __VAR__} (URI-safe) so that assertions can see which variable fills it.
   */
  static String interpolate(String value) {
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = m.group(2) != null && m.group(2).endsWith("-") ? m.group(3) : "__" + m.group(1) + "__";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  static int port(String hostPort) {
    return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
  }

  static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }
}
