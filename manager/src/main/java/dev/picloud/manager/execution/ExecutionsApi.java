package dev.picloud.manager.execution;

import dev.picloud.common.error.InvalidArgumentException;
import dev.picloud.common.error.NotFoundException;
import dev.picloud.common.execlog.ExecutionRecord;
import dev.picloud.common.id.ExecutionId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.common.json.Json;
import dev.picloud.common.web.JsonResponses;
import dev.picloud.manager.app.AppService;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@code /executions}: the execution log, filtered and paged newest first, and one run in full. */
public final class ExecutionsApi implements HttpService {
  private static final Set<String> STATUSES =
      Set.of(
          "ok", "script_error", "timeout", "budget_exceeded", "platform_error", "not_found", "bad_request",
          "rejected");
  private static final int DEFAULT_LIMIT = 50;
  private static final int MAX_LIMIT = 500;

  private final ExecutionRepository executions;
  private final AppService apps;
  private final ExecutionLogWriter writer;

  public ExecutionsApi(ExecutionRepository executions, AppService apps, ExecutionLogWriter writer) {
    this.executions = executions;
    this.apps = apps;
    this.writer = writer;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/executions", this::list).get("/executions/stats", this::stats).get("/executions/{id}", this::get);
  }

  private void list(ServerRequest req, ServerResponse res) {
    var q = req.query();
    Optional<UUID> app = q.first("app").asOptional().map(a -> apps.get(a).id().value());
    Optional<UUID> script = q.first("script").asOptional().map(s -> ScriptId.parse(s).value());
    Optional<String> status = q.first("status").asOptional();
    status.ifPresent(
        s -> {
          if (!STATUSES.contains(s)) {
            throw new InvalidArgumentException(
                "status '" + s + "' is not one of " + new java.util.TreeSet<>(STATUSES), Map.of("field", "status"));
          }
        });
    Optional<Instant> since = q.first("since").asOptional().map(ExecutionsApi::instant);
    Optional<UUID> before = q.first("cursor").asOptional().map(c -> ExecutionId.parse(c).value());
    int limit = q.first("limit").asOptional().map(ExecutionsApi::limit).orElse(DEFAULT_LIMIT);
    List<ExecutionRecord> page =
        executions.find(new ExecutionQuery(app, script, status, since, before, limit));
    JsonArrayBuilder list = Json.array();
    page.forEach(r -> list.add(summary(r)));
    JsonObjectBuilder body = Json.object().add("executions", list);
    if (page.size() == limit) {
      body.add("next_cursor", page.get(page.size() - 1).executionId());
    }
    JsonResponses.send(res, 200, body.build());
  }

  private void get(ServerRequest req, ServerResponse res) {
    String id = ExecutionId.parse(req.path().pathParameters().get("id")).toString();
    ExecutionRecord r = executions.get(id).orElseThrow(() -> NotFoundException.of("execution", id));
    JsonObjectBuilder body = summary(r);
    JsonObjectBuilder headers = Json.object();
    r.requestHeaders().forEach(headers::add);
    body.add(
            "request",
            Json.object()
                .add("method", r.method())
                .add("path", r.path())
                .add("headers", headers)
                .add("body", r.requestBody())
                .add("body_truncated", r.requestBodyTruncated()))
        .add(
            "response",
            Json.object()
                .add("status_code", r.statusCode())
                .add("body", r.responseBody())
                .add("body_truncated", r.responseBodyTruncated()))
        .add("logs", Json.toJson(r.logs()))
        .add("logs_truncated", r.logsTruncated())
        .add("request_id", r.requestId())
        .add("trace_id", r.traceId());
    JsonResponses.send(res, 200, body.build());
  }

  private void stats(ServerRequest req, ServerResponse res) {
    ExecutionLogWriter.Stats s = writer.stats();
    JsonResponses.send(
        res,
        200,
        Json.object()
            .add("queued", s.queued())
            .add("written", s.written())
            .add("dropped", s.dropped())
            .add("failed", s.failed())
            .add("queue_capacity", s.capacity())
            .build());
  }

  private static JsonObjectBuilder summary(ExecutionRecord r) {
    JsonObjectBuilder b =
        Json.object()
            .add("id", r.executionId())
            .add("app_id", r.appId())
            .add("script_version", r.scriptVersion())
            .add("script_name", r.scriptName())
            .add("invocation_type", r.invocationType())
            .add("method", r.method())
            .add("path", r.path())
            .add("status", r.status())
            .add("status_code", r.statusCode())
            .add("duration_ms", r.durationUs() / 1000.0)
            .add("started_at", r.startedAt().toString())
            .add("executor", r.executor());
    b.add("script_id", r.scriptId() == null ? jakarta.json.JsonValue.NULL : Json.toJson(r.scriptId()));
    b.add("route_id", r.routeId() == null ? jakarta.json.JsonValue.NULL : Json.toJson(r.routeId()));
    b.add("error", r.error() == null ? jakarta.json.JsonValue.NULL : Json.toJson(r.error()));
    return b;
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidArgumentException(
          "since '" + text + "' is not an RFC 3339 time (e.g. 2026-01-31T12:00:00Z)", Map.of("field", "since"));
    }
  }

  private static int limit(String text) {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new InvalidArgumentException("limit must be a number from 1 to " + MAX_LIMIT, Map.of("field", "limit"));
  }
}
