package dev.picloud.deploy.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The image's entrypoint script, read as text: the roles it knows and the JVM flags it passes. */
final class Entrypoint {
  static final Path SCRIPT = Path.of("docker", "picloud-entrypoint");

  private static final Pattern ROLE = Pattern.compile("^\\s*([a-z| -]+)\\)\\s*main=([A-Za-z0-9_.]+)");
  private static final Pattern FLAG = Pattern.compile("^\\s+(-\\S+)$");

  private Entrypoint() {}

  /** Role name (each alternative of a case branch) → the main class it starts. */
  static Map<String, String> roles() {
    Map<String, String> roles = new LinkedHashMap<>();
    for (String line : lines()) {
      Matcher m = ROLE.matcher(line);
      if (m.find()) {
        for (String role : m.group(1).split("\\|")) {
          roles.put(role.trim(), m.group(2));
        }
      }
    }
    return roles;
  }

  /** The entries of the {@code jvm_flags=( ... )} array. */
  static List<String> jvmFlags() {
    List<String> flags = new ArrayList<>();
    boolean inArray = false;
    for (String line : lines()) {
      if (line.startsWith("jvm_flags=(")) {
        inArray = true;
      } else if (inArray && line.startsWith(")")) {
        break;
      } else if (inArray) {
        Matcher m = FLAG.matcher(line);
        if (m.find()) {
          flags.add(m.group(1));
        }
      }
    }
    return flags;
  }

  private static List<String> lines() {
    try {
      return Files.readAllLines(SCRIPT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
