package dev.picloud.manager.route;

import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.common.json.Json;
import dev.picloud.common.routing.RouteMatch;
import dev.picloud.common.web.JsonResponses;
import dev.picloud.manager.api.JsonBody;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;

/** {@code /scripts/{id}/routes}, {@code /routes/{id}} and {@code /routes/match}. */
public final class RoutesApi implements HttpService {
  private final RouteService routes;

  public RoutesApi(RouteService routes) {
    this.routes = routes;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/scripts/{id}/routes", this::list)
        .post("/scripts/{id}/routes", this::create)
        .post("/routes/match", this::match)
        .delete("/routes/{route}", this::delete);
  }

  private void list(ServerRequest req, ServerResponse res) {
    JsonArrayBuilder list = Json.array();
    routes.ofScript(scriptId(req)).forEach(r -> list.add(json(r)));
    JsonResponses.send(res, 200, Json.object().add("routes", list).build());
  }

  private void create(ServerRequest req, ServerResponse res) {
    JsonBody body = JsonBody.read(req, Set.of("method", "path", "host", "dispatch_mode"));
    Route route =
        routes.create(
            scriptId(req),
            body.optionalString("method").orElse(""),
            body.string("path"),
            body.optionalString("host").orElse(""),
            body.optionalString("dispatch_mode").orElse("sync"));
    JsonResponses.send(res, 201, json(route));
  }

  private void delete(ServerRequest req, ServerResponse res) {
    routes.delete(RouteId.parse(req.path().pathParameters().get("route")));
    res.status(204).send();
  }

  private void match(ServerRequest req, ServerResponse res) {
    JsonBody body = JsonBody.read(req, Set.of("method", "host", "path"));
    RouteMatch match =
        routes.match(
            body.optionalString("method").orElse("GET"),
            body.optionalString("host").orElse(""),
            body.string("path"));
    JsonObjectBuilder out = Json.object();
    if (match.app() != null) {
      out.add("app", Json.object().add("id", match.app().appId().toString()).add("slug", match.app().slug()));
    }
    switch (match) {
      case RouteMatch.Found f -> {
        JsonObjectBuilder params = Json.object();
        f.params().forEach(params::add);
        out.add("matched", true)
            .add(
                "route",
                Json.object()
                    .add("id", f.route().routeId().toString())
                    .add("method", f.route().method().isEmpty() ? "ANY" : f.route().method())
                    .add("path", f.route().path())
                    .add("host", f.route().host()))
            .add(
                "script",
                Json.object()
                    .add("id", f.script().scriptId().toString())
                    .add("name", f.script().name())
                    .add("version", f.script().version()))
            .add("params", params)
            .add("rest", f.rest());
      }
      case RouteMatch.MethodNotAllowed m -> {
        JsonArrayBuilder allowed = Json.array();
        m.allowed().forEach(allowed::add);
        out.add("matched", false).add("reason", "method_not_allowed").add("allowed", allowed);
      }
      case RouteMatch.NotFound n -> out.add("matched", false).add("reason", "no_route");
    }
    JsonResponses.send(res, 200, out.build());
  }

  private static ScriptId scriptId(ServerRequest req) {
    return ScriptId.parse(req.path().pathParameters().get("id"));
  }

  /** The JSON form of a route. */
  public static JsonObject json(Route r) {
    return Json.object()
        .add("id", r.id().toString())
        .add("app_id", r.appId().toString())
        .add("script_id", r.scriptId().toString())
        .add("method", r.method().isEmpty() ? "ANY" : r.method())
        .add("path", r.path())
        .add("host", r.host())
        .add("dispatch_mode", r.dispatchMode())
        .add("created_at", String.valueOf(r.createdAt()))
        .build();
  }
}
