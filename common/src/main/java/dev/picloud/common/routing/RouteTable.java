package dev.picloud.common.routing;

import dev.picloud.common.catalog.AppEntry;
import dev.picloud.common.catalog.RouteEntry;
import dev.picloud.common.catalog.RoutingTable;
import dev.picloud.common.catalog.ScriptEntry;
import dev.picloud.common.id.AppId;
import dev.picloud.common.id.ScriptId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A {@link RoutingTable} compiled for matching; immutable and shared by every request until the next change.
 *
 * <p>Host → app: the app whose domain pattern matches the host with the most literal labels, else the {@code
 * default} app. Then that app's routes in a segment trie: at each segment a literal child is tried before a {@code
 * :param} child before a trailing {@code *}, backtracking when a branch has no route for the request; among the routes
 * on one path, a route naming the host beats one that does not, and a route naming the method beats an any-method
 * route. Matching costs one walk down the trie: no regular expressions, no allocation but the captures.
 */
public final class RouteTable {
  /** Slug of the app that serves hosts no other app claims. */
  public static final String DEFAULT_APP_SLUG = "default";

  private final long revision;
  private final List<AppDomain> domains;
  private final AppEntry defaultApp;
  private final Map<AppId, Node> tries;
  private final Map<ScriptId, ScriptEntry> scripts;

  private record AppDomain(HostPattern pattern, AppEntry app) {}

  private record CompiledRoute(RouteEntry entry, List<String> paramNames, HostPattern host) {}

  private static final class Node {
    final Map<String, Node> literals = new HashMap<>();
    Node param;
    final List<CompiledRoute> terminal = new ArrayList<>();
    final List<CompiledRoute> wildcard = new ArrayList<>();
  }

  private RouteTable(
      long revision,
      List<AppDomain> domains,
      AppEntry defaultApp,
      Map<AppId, Node> tries,
      Map<ScriptId, ScriptEntry> scripts) {
    this.revision = revision;
    this.domains = domains;
    this.defaultApp = defaultApp;
    this.tries = tries;
    this.scripts = scripts;
  }

  /** Compiles a routing table. Routes whose patterns no longer parse are skipped (they were validated on save). */
  public static RouteTable compile(RoutingTable table) {
    List<AppDomain> domains = new ArrayList<>();
    AppEntry defaultApp = null;
    for (AppEntry app : table.apps()) {
      if (app.slug().equals(DEFAULT_APP_SLUG)) {
        defaultApp = app;
      }
      for (String d : app.domains()) {
        domains.add(new AppDomain(HostPattern.parse(d, "domain"), app));
      }
    }
    domains.sort(
        Comparator.comparingInt((AppDomain d) -> -d.pattern().literalLabels())
            .thenComparing(d -> d.pattern().text()));
    Map<ScriptId, ScriptEntry> scripts = new HashMap<>();
    for (ScriptEntry s : table.scripts()) {
      scripts.put(s.scriptId(), s);
    }
    Map<AppId, Node> tries = new HashMap<>();
    for (RouteEntry route : table.routes()) {
      PathPattern pattern;
      HostPattern host;
      try {
        pattern = PathPattern.parse(route.path());
        host = route.host().isEmpty() ? null : HostPattern.parse(route.host(), "host");
      } catch (RuntimeException e) {
        continue;
      }
      Node node = tries.computeIfAbsent(route.appId(), k -> new Node());
      List<String> names = new ArrayList<>();
      boolean wildcard = false;
      for (PathPattern.Segment segment : pattern.segments()) {
        switch (segment) {
          case PathPattern.Literal l -> node = node.literals.computeIfAbsent(l.value(), k -> new Node());
          case PathPattern.Param p -> {
            names.add(p.name());
            if (node.param == null) {
              node.param = new Node();
            }
            node = node.param;
          }
          case PathPattern.Wildcard w -> wildcard = true;
        }
      }
      CompiledRoute compiled = new CompiledRoute(route, List.copyOf(names), host);
      (wildcard ? node.wildcard : node.terminal).add(compiled);
    }
    return new RouteTable(table.revision(), List.copyOf(domains), defaultApp, Map.copyOf(tries), Map.copyOf(scripts));
  }

  /** The revision of the table this was compiled from. */
  public long revision() {
    return revision;
  }

  /** A script's current version and name. */
  public Optional<ScriptEntry> script(ScriptId id) {
    return Optional.ofNullable(scripts.get(id));
  }

  /** The app serving {@code host}: most specific matching domain, else the default app (may be null if none). */
  public AppEntry appFor(String host) {
    String normalized = HostPattern.normalizeHost(host);
    for (AppDomain d : domains) {
      if (d.pattern().matches(normalized)) {
        return d.app();
      }
    }
    return defaultApp;
  }

  /**
   * Matches a request.
   *
   * @param host the Host header
   * @param method the HTTP method
   * @param rawPath the path as received (percent-encoded, no query)
   */
  public RouteMatch match(String host, String method, String rawPath) {
    AppEntry app = appFor(host);
    if (app == null) {
      return new RouteMatch.NotFound(null);
    }
    Node root = tries.get(app.appId());
    if (root == null) {
      return new RouteMatch.NotFound(app);
    }
    String normalizedHost = HostPattern.normalizeHost(host);
    String[] segments = split(rawPath);
    Search search = new Search(app, normalizedHost, method.toUpperCase(Locale.ROOT), segments);
    RouteMatch found = search.walk(root, 0);
    if (found != null) {
      return found;
    }
    if (!search.allowed.isEmpty()) {
      return new RouteMatch.MethodNotAllowed(app, search.allowed);
    }
    return new RouteMatch.NotFound(app);
  }

  private final class Search {
    final AppEntry app;
    final String host;
    final String method;
    final String[] segments;
    final String[] captures;
    final TreeSet<String> allowed = new TreeSet<>();

    Search(AppEntry app, String host, String method, String[] segments) {
      this.app = app;
      this.host = host;
      this.method = method;
      this.segments = segments;
      this.captures = new String[segments.length];
    }

    RouteMatch walk(Node node, int index) {
      return walk(node, index, 0);
    }

    private RouteMatch walk(Node node, int index, int captured) {
      if (index == segments.length) {
        RouteMatch m = pick(node.terminal, captured, "");
        if (m != null) {
          return m;
        }
        return pick(node.wildcard, captured, "");
      }
      Node literal = node.literals.get(segments[index]);
      if (literal != null) {
        RouteMatch m = walk(literal, index + 1, captured);
        if (m != null) {
          return m;
        }
      }
      if (node.param != null) {
        captures[captured] = segments[index];
        RouteMatch m = walk(node.param, index + 1, captured + 1);
        if (m != null) {
          return m;
        }
      }
      if (!node.wildcard.isEmpty()) {
        return pick(node.wildcard, captured, String.join("/", List.of(segments).subList(index, segments.length)));
      }
      return null;
    }

    private RouteMatch pick(List<CompiledRoute> candidates, int captured, String rest) {
      CompiledRoute best = null;
      int bestRank = -1;
      for (CompiledRoute r : candidates) {
        if (r.host() != null && !r.host().matches(host)) {
          continue;
        }
        String m = r.entry().method();
        boolean methodFits = m.isEmpty() || m.equals(method) || (method.equals("HEAD") && m.equals("GET"));
        if (!methodFits) {
          allowed.add(m);
          continue;
        }
        int rank = (r.host() != null ? 2 : 0) + (m.isEmpty() ? 0 : 1);
        if (rank > bestRank) {
          best = r;
          bestRank = rank;
        }
      }
      if (best == null) {
        return null;
      }
      ScriptEntry script = scripts.get(best.entry().scriptId());
      if (script == null) {
        return null;
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < best.paramNames().size() && i < captured; i++) {
        params.put(best.paramNames().get(i), captures[i]);
      }
      return new RouteMatch.Found(app, best.entry(), script, params, rest);
    }
  }

  /** Splits a raw path into percent-decoded segments, ignoring empty ones (so trailing slashes do not matter). */
  static String[] split(String rawPath) {
    List<String> out = new ArrayList<>();
    int start = 0;
    String p = rawPath == null ? "" : rawPath;
    for (int i = 0; i <= p.length(); i++) {
      if (i == p.length() || p.charAt(i) == '/') {
        if (i > start) {
          out.add(decode(p.substring(start, i)));
        }
        start = i + 1;
      }
    }
    return out.toArray(String[]::new);
  }

  private static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    int i = 0;
    int length = segment.length();
    while (i < length) {
      if (segment.charAt(i) == '%' && i + 2 < length) {
        int hi = Character.digit(segment.charAt(i + 1), 16);
        int lo = Character.digit(segment.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          bytes.write(hi * 16 + lo);
          i += 3;
          continue;
        }
      }
      int j = segment.indexOf('%', i + 1);
      if (j < 0) {
        j = length;
      }
      bytes.writeBytes(segment.substring(i, j).getBytes(StandardCharsets.UTF_8));
      i = j;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
