package dev.picloud.cli.command;

import dev.picloud.cli.CliException;
import dev.picloud.cli.api.JsonMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A route as written on the command line: {@code METHOD:/path}, or {@code /path} for any method ({@code ANY:/path}
 * and {@code *:/path} say the same).
 *
 * @param method upper case, or {@code ANY}
 * @param path as written, starting with {@code /}
 */
record RouteSpec(String method, String path) {
  private static final Pattern METHOD = Pattern.compile("[A-Za-z]{1,20}|\\*");

  /**
   * Parses one spec.
   *
   * @throws CliException exit 2 when it is not one
   */
  static RouteSpec parse(String text) {
    String t = text.trim();
    if (t.startsWith("/")) {
      return new RouteSpec("ANY", t);
    }
    int colon = t.indexOf(':');
    if (colon > 0 && METHOD.matcher(t.substring(0, colon)).matches() && t.startsWith("/", colon + 1)) {
      String m = t.substring(0, colon).toUpperCase(Locale.ROOT);
      return new RouteSpec(m.equals("*") ? "ANY" : m, t.substring(colon + 1));
    }
    throw CliException.usage("route '" + text + "' is not METHOD:/path or /path (e.g. GET:/hello, /items/:id)");
  }

  /** Whether an existing route (API JSON) is this same route: same method and path, no host. */
  boolean sameAs(JsonMap route) {
    return route.string("method").equalsIgnoreCase(method)
        && normalized(route.string("path")).equals(normalized(path))
        && route.string("host").isEmpty();
  }

  /** The body of {@code POST /scripts/{id}/routes}. */
  Map<String, Object> body(String host) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("method", method);
    body.put("path", path);
    if (host != null && !host.isBlank()) {
      body.put("host", host);
    }
    return body;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }

  private static String normalized(String path) {
    String p = path;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
