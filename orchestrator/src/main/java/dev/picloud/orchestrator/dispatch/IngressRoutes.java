package dev.picloud.orchestrator.dispatch;

import dev.picloud.common.catalog.ScriptEntry;
import dev.picloud.common.error.NotFoundException;
import dev.picloud.common.id.ScriptId;
import dev.picloud.common.routing.ReservedPaths;
import dev.picloud.common.routing.RouteMatch;
import dev.picloud.common.routing.RouteTable;
import dev.picloud.common.web.HttpErrors;
import dev.picloud.orchestrator.routing.RoutingCache;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The public endpoints of the ingress: {@code /api/v1/execute/{id}} runs a script directly; every other path (outside
 * the reserved prefixes, which other tiers serve) goes through host → app → route matching.
 */
public final class IngressRoutes {
  private final RoutingCache routing;
  private final HttpDispatch dispatcher;

  public IngressRoutes(RoutingCache routing, Dispatcher dispatcher) {
    this.routing = routing;
    this.dispatcher = new HttpDispatch(dispatcher);
  }

  /** Mounts the direct-invoke endpoint and the catch-all for user routes; mount it after every other tier. */
  public void register(HttpRouting.Builder rules) {
    rules.any("/api/v1/execute/{id}", this::execute);
    rules.any(this::route);
  }

  private void execute(ServerRequest req, ServerResponse res) {
    ScriptId id = ScriptId.parse(req.path().pathParameters().get("id"));
    ScriptEntry script =
        routing.table().script(id).orElseThrow(() -> NotFoundException.of("script", id));
    dispatcher.dispatch(req, res, Target.direct(script));
  }

  private void route(ServerRequest req, ServerResponse res) {
    String path = req.path().rawPath();
    if (ReservedPaths.isReserved(path)) {
      HttpErrors.send(
          res, 404, "not_found", "no endpoint " + req.prologue().method().text() + " " + req.path().path());
      return;
    }
    RouteTable table = routing.table();
    String host = RequestReader.host(req);
    RouteMatch match = table.match(host, req.prologue().method().text(), path);
    switch (match) {
      case RouteMatch.Found found ->
          dispatcher.dispatch(
              req, res, new Target(found.script(), found.route().routeId(), found.params(), found.rest()));
      case RouteMatch.MethodNotAllowed notAllowed -> {
        res.header(HeaderNames.ALLOW, String.join(", ", notAllowed.allowed()));
        HttpErrors.send(
            res,
            405,
            "method_not_allowed",
            req.prologue().method().text() + " is not allowed on " + req.path().path() + " (allowed: "
                + String.join(", ", notAllowed.allowed()) + ")");
      }
      case RouteMatch.NotFound notFound ->
          HttpErrors.send(
              res,
              404,
              "not_found",
              "no route matches " + req.prologue().method().text() + " " + req.path().path()
                  + (notFound.app() == null ? "" : " in app '" + notFound.app().slug() + "'"));
    }
  }

}
