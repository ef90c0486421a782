package dev.picloud.manager.script;

import dev.picloud.common.error.InvalidArgumentException;
import dev.picloud.common.id.AppId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.common.json.Json;
import dev.picloud.common.web.JsonResponses;
import dev.picloud.manager.api.JsonBody;
import dev.picloud.manager.app.App;
import dev.picloud.manager.app.AppService;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /scripts}: scripts, versions, rollback and validation. */
public final class ScriptsApi implements HttpService {
  private static final Set<String> DRAFT_FIELDS =
      Set.of("name", "description", "language", "source", "timeout_ms", "memory_limit_mb", "max_operations");
  private static final Set<String> CREATE_FIELDS;

  static {
    java.util.HashSet<String> fields = new java.util.HashSet<>(DRAFT_FIELDS);
    fields.add("app");
    CREATE_FIELDS = Set.copyOf(fields);
  }

  private final ScriptService scripts;
  private final AppService apps;

  public ScriptsApi(ScriptService scripts, AppService apps) {
    this.scripts = scripts;
    this.apps = apps;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/scripts", this::list)
        .post("/scripts", this::create)
        .post("/scripts/validate", this::validate)
        .get("/scripts/{id}", this::get)
        .put("/scripts/{id}", this::update)
        .delete("/scripts/{id}", this::delete)
        .get("/scripts/{id}/versions", this::versions)
        .get("/scripts/{id}/versions/{version}", this::version)
        .post("/scripts/{id}/rollback", this::rollback);
  }

  private void list(ServerRequest req, ServerResponse res) {
    Optional<AppId> app = req.query().first("app").asOptional().map(a -> apps.get(a).id());
    Optional<String> name = req.query().first("name").asOptional();
    JsonArrayBuilder list = Json.array();
    for (Script s : scripts.list(app)) {
      if (name.isEmpty() || name.get().equals(s.name())) {
        list.add(json(s, false));
      }
    }
    JsonResponses.send(res, 200, Json.object().add("scripts", list).build());
  }

  private void create(ServerRequest req, ServerResponse res) {
    JsonBody body = JsonBody.read(req, CREATE_FIELDS);
    App app = apps.get(body.optionalString("app").orElse("default"));
    Script script = scripts.create(app.id(), draft(body));
    JsonResponses.send(res, 201, json(script, true));
  }

  private void validate(ServerRequest req, ServerResponse res) {
    JsonBody body = JsonBody.read(req, Set.of("language", "source"));
    scripts.validate(body.optionalString("language").orElse("rhai"), body.optionalString("source").orElse(""));
    JsonResponses.send(res, 200, Json.object().add("valid", true).build());
  }

  private void get(ServerRequest req, ServerResponse res) {
    JsonResponses.send(res, 200, json(scripts.get(id(req)), true));
  }

  private void update(ServerRequest req, ServerResponse res) {
    JsonBody body = JsonBody.read(req, DRAFT_FIELDS);
    JsonResponses.send(res, 200, json(scripts.update(id(req), draft(body)), true));
  }

  private void delete(ServerRequest req, ServerResponse res) {
    scripts.delete(id(req));
    res.status(204).send();
  }

  private void versions(ServerRequest req, ServerResponse res) {
    JsonArrayBuilder list = Json.array();
    for (ScriptVersion v : scripts.versions(id(req))) {
      list.add(version(v, false));
    }
    JsonResponses.send(res, 200, Json.object().add("versions", list).build());
  }

  private void version(ServerRequest req, ServerResponse res) {
    String text = req.path().pathParameters().get("version");
    long number;
    try {
      number = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidArgumentException("version '" + text + "' is not a number", Map.of("field", "version"));
    }
    JsonResponses.send(res, 200, version(scripts.version(id(req), number), true).build());
  }

  private void rollback(ServerRequest req, ServerResponse res) {
    JsonBody body = JsonBody.read(req, Set.of("version"));
    JsonResponses.send(res, 200, json(scripts.rollback(id(req), body.longValue("version")), true));
  }

  private static ScriptId id(ServerRequest req) {
    return ScriptId.parse(req.path().pathParameters().get("id"));
  }

  private static ScriptDraft draft(JsonBody body) {
    return new ScriptDraft(
        body.optionalString("name"),
        body.optionalString("description"),
        body.optionalString("language"),
        body.optionalString("source"),
        body.optionalLong("timeout_ms"),
        body.optionalLong("memory_limit_mb"),
        body.optionalLong("max_operations"));
  }

  /** The JSON form of a script and its current version. */
  public static JsonObject json(Script s, boolean withSource) {
    JsonObjectBuilder b =
        version(s.current(), withSource)
            .add("id", s.id().toString())
            .add("app_id", s.appId().toString())
            .add("name", s.name())
            .add("created_at", String.valueOf(s.createdAt()))
            .add("updated_at", String.valueOf(s.updatedAt()));
    return b.build();
  }

  private static JsonObjectBuilder version(ScriptVersion v, boolean withSource) {
    JsonObjectBuilder b =
        Json.object()
            .add("version", v.version())
            .add("language", v.language())
            .add("description", v.description())
            .add("timeout_ms", v.timeoutMs())
            .add("memory_limit_mb", v.memoryLimitMb())
            .add("max_operations", v.maxOperations())
            .add("version_created_at", String.valueOf(v.createdAt()));
    if (v.rolledBackFrom() != null) {
      b.add("rolled_back_from", v.rolledBackFrom());
    }
    if (withSource) {
      b.add("source", v.source());
    }
    return b;
  }

}
