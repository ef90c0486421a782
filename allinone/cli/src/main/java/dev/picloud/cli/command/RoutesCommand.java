package dev.picloud.cli.command;

import dev.picloud.cli.CliException;
import dev.picloud.cli.ExitCode;
import dev.picloud.cli.Session;
import dev.picloud.cli.api.Json;
import dev.picloud.cli.api.JsonMap;
import dev.picloud.cli.api.PiCloudClient;
import dev.picloud.cli.api.Reply;
import dev.picloud.cli.text.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code picloud routes list|add|delete|match}. */
@Command(
    name = "routes",
    description = "Routes: which requests (method, path, host) run which script.",
    subcommands = {RoutesCommand.ListRoutes.class, RoutesCommand.Add.class, RoutesCommand.Delete.class, RoutesCommand.Match.class})
final class RoutesCommand extends GroupCommand {

  @Command(name = "list", description = "List the routes of one script, or of every script (of one app with --app).")
  static final class ListRoutes implements Callable<Integer> {
    private final Session session;

    @Parameters(arity = "0..1", paramLabel = "NAME|ID", description = "Only this script's routes.")
    private String script;

    @Option(names = "--app", paramLabel = "APP", description = "The app (of the script, or whose routes to list).")
    private String app;

    ListRoutes(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      PiCloudClient api = session.client();
      List<JsonMap> scripts =
          script != null
              ? List.of(ScriptRef.resolve(api, script, app))
              : api.get("/scripts" + PiCloudClient.query("app", app)).json().objects("scripts");
      Map<String, String> names = new LinkedHashMap<>();
      scripts.forEach(s -> names.put(s.string("id"), s.string("name")));
      List<JsonMap> routes = new ArrayList<>();
      Parallel.map(scripts, s -> api.get("/scripts/" + s.string("id") + "/routes"))
          .forEach(reply -> routes.addAll(reply.json().objects("routes")));
      if (session.json()) {
        session.out().println(Json.write(Map.of("routes", routes.stream().map(JsonMap::map).toList())));
        return ExitCode.OK;
      }
      Map<String, String> slugs = Apps.slugs(api);
      Table table = new Table("METHOD", "PATH", "HOST", "SCRIPT", "APP", "ID");
      for (JsonMap r : routes) {
        table.row(
            r.string("method"),
            r.string("path"),
            r.string("host"),
            names.get(r.string("script_id")),
            slugs.getOrDefault(r.string("app_id"), r.string("app_id")),
            r.string("id"));
      }
      table.print(session.out());
      return ExitCode.OK;
    }
  }

  @Command(name = "add", description = "Bind a route to a script.")
  static final class Add implements Callable<Integer> {
    private final Session session;

    @Parameters(index = "0", paramLabel = "NAME|ID", description = "The script.")
    private String script;

    @Parameters(index = "1", paramLabel = "METHOD:/path", description = "GET:/hello, POST:/items/:id, /files/* (any method).")
    private String route;

    @Option(names = "--app", paramLabel = "APP", description = "The app of a script given by name.")
    private String app;

    @Option(names = "--host", paramLabel = "HOST", description = "Only for requests to this host (a pattern within the app).")
    private String host;

    Add(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      RouteSpec spec = RouteSpec.parse(route);
      PiCloudClient api = session.client();
      JsonMap target = ScriptRef.resolve(api, script, app);
      Reply reply = api.admin("POST", "/scripts/" + target.string("id") + "/routes", spec.body(host));
      if (session.json()) {
        session.printJson(reply.body());
        return ExitCode.OK;
      }
      JsonMap created = reply.json();
      String appId = created.string("app_id");
      JsonMap app = appId.equals(Apps.DEFAULT_ID) ? JsonMap.of(null) : Apps.get(api, appId);
      session.out().println("route " + spec + " → " + target.string("name") + " (" + created.string("id") + ")");
      Urls.print(session.out(), Urls.of(api.base(), app, created));
      return ExitCode.OK;
    }
  }

  @Command(
      name = "delete",
      description = {"Remove a route: by its id, or by its script and METHOD:/path.", "  picloud routes delete ROUTE_ID", "  picloud routes delete hello GET:/hello"})
  static final class Delete implements Callable<Integer> {
    private final Session session;

    @Parameters(index = "0", paramLabel = "ROUTE_ID|NAME|ID", description = "A route id, or the script.")
    private String first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "METHOD:/path", description = "The route, when the first argument is the script.")
    private String route;

    @Option(names = "--app", paramLabel = "APP", description = "The app of a script given by name.")
    private String app;

    Delete(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      PiCloudClient api = session.client();
      String routeId;
      if (route == null) {
        if (!ScriptRef.isId(first)) {
          throw CliException.usage("give a route id, or the script and the route (routes delete hello GET:/hello)");
        }
        routeId = first;
      } else {
        RouteSpec spec = RouteSpec.parse(route);
        JsonMap target = ScriptRef.resolve(api, first, app);
        routeId =
            api.get("/scripts/" + target.string("id") + "/routes").json().objects("routes").stream()
                .filter(spec::sameAs)
                .findFirst()
                .orElseThrow(() -> CliException.failed("script " + target.string("name") + " has no route " + spec))
                .string("id");
      }
      api.admin("DELETE", "/routes/" + routeId, null);
      if (session.json()) {
        session.printJson("{}");
      } else {
        session.out().println("deleted route " + (route == null ? routeId : route + " (" + routeId + ")"));
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "match", description = "Explain which route would answer a request (and which script, with which parameters).")
  static final class Match implements Callable<Integer> {
    private final Session session;

    @Parameters(arity = "1..2", paramLabel = "[METHOD] PATH", hideParamSyntax = true, description = "e.g. GET /items/7, or just /items/7 (GET).")
    private List<String> request = new ArrayList<>();

    @Option(names = "--host", paramLabel = "HOST", description = "The request's Host (default: none, so the default app).")
    private String host;

    Match(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      String method = request.size() == 2 ? request.get(0) : "GET";
      String path = request.get(request.size() - 1);
      if (!path.startsWith("/")) {
        throw CliException.usage("the path must start with / (routes match [METHOD] /path)");
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("method", method);
      body.put("path", path);
      if (host != null) {
        body.put("host", host);
      }
      Reply reply = session.client().admin("POST", "/routes/match", body);
      if (session.json()) {
        session.printJson(reply.body());
        return ExitCode.OK;
      }
      JsonMap m = reply.json();
      String what = method.toUpperCase(java.util.Locale.ROOT) + " " + path + (host == null ? "" : " (Host: " + host + ")");
      String app = m.object("app").string("slug");
      if (m.bool("matched")) {
        JsonMap r = m.object("route");
        JsonMap s = m.object("script");
        session.out().println(what + " → script " + s.string("name") + " version " + s.number("version") + " (app " + app + ")");
        session.out().println("  route:  " + r.string("method") + " " + r.string("path") + (r.string("host").isEmpty() ? "" : " on " + r.string("host")) + "  (" + r.string("id") + ")");
        Map<String, Object> params = m.object("params").map();
        if (!params.isEmpty()) {
          StringBuilder p = new StringBuilder();
          params.forEach((k, v) -> p.append(p.isEmpty() ? "" : ", ").append(k).append('=').append(v));
          session.out().println("  params: " + p);
        }
        if (!m.string("rest").isEmpty()) {
          session.out().println("  rest:   " + m.string("rest"));
        }
      } else if (m.string("reason").equals("method_not_allowed")) {
        session.out().println(what + " → 405: routes match the path, not the method (allowed: " + String.join(", ", m.strings("allowed")) + ")");
      } else {
        session.out().println(what + " → 404: no route matches" + (app.isEmpty() ? "" : " in app " + app));
      }
      return ExitCode.OK;
    }
  }
}
