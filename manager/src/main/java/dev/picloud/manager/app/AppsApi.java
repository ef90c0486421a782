package dev.picloud.manager.app;

import dev.picloud.common.json.Json;
import dev.picloud.common.web.JsonResponses;
import dev.picloud.manager.api.JsonBody;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;

/** {@code /apps}: list, create, read, change and delete apps. */
public final class AppsApi implements HttpService {
  private static final Set<String> CREATE_FIELDS = Set.of("slug", "name", "description", "domains");
  private static final Set<String> UPDATE_FIELDS = Set.of("name", "description", "domains");

  private final AppService apps;

  public AppsApi(AppService apps) {
    this.apps = apps;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/apps", this::list)
        .post("/apps", this::create)
        .get("/apps/{app}", this::get)
        .patch("/apps/{app}", this::update)
        .delete("/apps/{app}", this::delete);
  }

  private void list(ServerRequest req, ServerResponse res) {
    JsonArrayBuilder list = Json.array();
    apps.list().forEach(a -> list.add(json(a)));
    JsonResponses.send(res, 200, Json.object().add("apps", list).build());
  }

  private void create(ServerRequest req, ServerResponse res) {
    JsonBody body = JsonBody.read(req, CREATE_FIELDS);
    App app =
        apps.create(
            body.string("slug"),
            body.optionalString("name").orElse(""),
            body.optionalString("description").orElse(""),
            body.optionalStringList("domains").orElse(List.of()));
    JsonResponses.send(res, 201, json(app));
  }

  private void get(ServerRequest req, ServerResponse res) {
    JsonResponses.send(res, 200, json(apps.get(req.path().pathParameters().get("app"))));
  }

  private void update(ServerRequest req, ServerResponse res) {
    JsonBody body = JsonBody.read(req, UPDATE_FIELDS);
    App app =
        apps.update(
            req.path().pathParameters().get("app"),
            body.optionalString("name"),
            body.optionalString("description"),
            body.optionalStringList("domains"));
    JsonResponses.send(res, 200, json(app));
  }

  private void delete(ServerRequest req, ServerResponse res) {
    apps.delete(req.path().pathParameters().get("app"));
    res.status(204).send();
  }

  /** The JSON form of an app. */
  public static JsonObject json(App a) {
    JsonArrayBuilder domains = Json.array();
    a.domains().forEach(domains::add);
    return Json.object()
        .add("id", a.id().toString())
        .add("slug", a.slug())
        .add("name", a.name())
        .add("description", a.description())
        .add("domains", domains)
        .add("created_at", String.valueOf(a.createdAt()))
        .add("updated_at", String.valueOf(a.updatedAt()))
        .build();
  }
}
