package dev.picloud.manager.route;

import dev.picloud.common.catalog.Invalidation;
import dev.picloud.common.catalog.ScriptResolver;
import dev.picloud.common.error.InvalidArgumentException;
import dev.picloud.common.error.NotFoundException;
import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.common.routing.HostPattern;
import dev.picloud.common.routing.PathPattern;
import dev.picloud.common.routing.ReservedPaths;
import dev.picloud.common.routing.RouteMatch;
import dev.picloud.common.routing.RouteTable;
import dev.picloud.manager.catalog.CatalogEvents;
import dev.picloud.manager.script.Script;
import dev.picloud.manager.script.ScriptService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Binds routes to scripts, refusing reserved paths and conflicts, and explains which route answers a request. */
public final class RouteService {
  private static final Pattern METHOD = Pattern.compile("[A-Z]{1,20}");

  private final RouteRepository routes;
  private final ScriptService scripts;
  private final ScriptResolver catalog;
  private final CatalogEvents events;

  public RouteService(RouteRepository routes, ScriptService scripts, ScriptResolver catalog, CatalogEvents events) {
    this.routes = routes;
    this.scripts = scripts;
    this.catalog = catalog;
    this.events = events;
  }

  /** Routes of a script. */
  public List<Route> ofScript(ScriptId script) {
    scripts.get(script);
    return routes.ofScript(script);
  }

  /** Adds a route to a script. */
  public Route create(ScriptId scriptId, String method, String path, String host, String dispatchMode) {
    Script script = scripts.get(scriptId);
    String m = method(method);
    PathPattern pattern = PathPattern.parse(path);
    pattern
        .reservedPrefix(ReservedPaths.PREFIXES)
        .ifPresent(
            prefix -> {
              throw new InvalidArgumentException(
                  "path '" + path + "' is reserved: PiCloud serves " + String.join(", ", ReservedPaths.PREFIXES)
                      + " itself",
                  Map.of("field", "path", "error", "reserved_path"));
            });
    String h = host == null || host.isBlank() ? "" : HostPattern.parse(host, "host").text();
    String mode = dispatchMode == null || dispatchMode.isBlank() ? "sync" : dispatchMode;
    if (!mode.equals("sync")) {
      throw new InvalidArgumentException(
          "dispatch_mode '" + mode + "' is not supported (supported: sync)", Map.of("field", "dispatch_mode"));
    }
    Route created =
        routes.insert(
            new Route(RouteId.generate(), script.appId(), scriptId, m, pattern.text(), h, mode, null), pattern.shape());
    events.published(Invalidation.Kind.ROUTES, created.id().toString());
    return created;
  }

  /** Removes a route. */
  public void delete(RouteId id) {
    if (!routes.delete(id)) {
      throw NotFoundException.of("route", id);
    }
    events.published(Invalidation.Kind.ROUTES, id.toString());
  }

  /** Which route would answer {@code method host path}, from the current routing table. */
  public RouteMatch match(String method, String host, String path) {
    if (!path.startsWith("/")) {
      throw new InvalidArgumentException("path must start with /", Map.of("field", "path"));
    }
    if (ReservedPaths.isReserved(path)) {
      throw new InvalidArgumentException(
          "path '" + path + "' is reserved: PiCloud answers it itself, no route does",
          Map.of("field", "path", "error", "reserved_path"));
    }
    return RouteTable.compile(catalog.routingTable()).match(host, method(method).isEmpty() ? "GET" : method(method), path);
  }

  private static String method(String method) {
    if (method == null || method.isBlank() || method.equals("*") || method.equalsIgnoreCase("any")) {
      return "";
    }
    String m = method.trim().toUpperCase(Locale.ROOT);
    if (!METHOD.matcher(m).matches()) {
      throw new InvalidArgumentException("method '" + method + "' is not an HTTP method", Map.of("field", "method"));
    }
    return m;
  }
}
