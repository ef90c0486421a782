package dev.picloud.cli.command;

import dev.picloud.cli.api.JsonMap;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a route answers. Routes of the {@code default} app answer on the server's own URL; routes of an app with
 * domains answer for those hosts (a {@code {name}} label stands for any one label), which the printed {@code curl}
 * hint reaches through the server's address with a {@code Host} header.
 */
final class Urls {
  /**
   * One place a route answers.
   *
   * @param method the route's method ({@code ANY} for any)
   * @param url the URL
   * @param curl a command that reaches it through the server's address, or {@code null} when the URL does itself
   */
  record Endpoint(String method, String url, String curl) {}

  private Urls() {}

  /** Where {@code route} answers; {@code app} is its app (API JSON). */
  static List<Endpoint> of(String base, JsonMap app, JsonMap route) {
    String method = route.string("method");
    String path = route.string("path");
    List<String> hosts = new ArrayList<>();
    if (!route.string("host").isEmpty()) {
      hosts.add(route.string("host"));
    } else if (!isDefault(app)) {
      hosts.addAll(app.strings("domains"));
    }
    List<Endpoint> out = new ArrayList<>();
    if (hosts.isEmpty()) {
      out.add(new Endpoint(method, base + path, null));
      return out;
    }
    URI server = URI.create(base);
    String port = server.getPort() < 0 ? "" : ":" + server.getPort();
    String prefix = server.getRawPath() == null ? "" : server.getRawPath();
    for (String host : hosts) {
      String example = host.replaceAll("\\{([^}]*)}", "$1");
      String curl =
          "curl" + (method.equals("ANY") || method.equals("GET") ? "" : " -X " + method) + " -H 'Host: " + example
              + "' " + base + path;
      out.add(new Endpoint(method, server.getScheme() + "://" + host + port + prefix + path, curl));
    }
    return out;
  }

  /** Whether routes of this app answer any request: the default app's do; another app's need a domain. */
  static boolean reachable(JsonMap app, List<JsonMap> routes) {
    return isDefault(app)
        || !app.strings("domains").isEmpty()
        || routes.stream().allMatch(r -> !r.string("host").isEmpty());
  }

  static boolean isDefault(JsonMap app) {
    return !app.has("id") || app.string("id").equals(Apps.DEFAULT_ID);
  }

  /** Prints the endpoints, one per line, indented, with their curl hints. */
  static void print(java.io.PrintStream out, List<Endpoint> endpoints) {
    int width = endpoints.stream().mapToInt(e -> e.method().length()).max().orElse(3);
    for (Endpoint e : endpoints) {
      out.println("  " + e.method() + " ".repeat(width - e.method().length() + 2) + e.url());
      if (e.curl() != null) {
        out.println("  " + " ".repeat(width + 2) + "try: " + e.curl());
      }
    }
  }
}
