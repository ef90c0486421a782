package dev.picloud.common.web;

import dev.picloud.common.error.PlatformException;
import dev.picloud.common.json.Json;
import dev.picloud.common.json.JsonSyntaxException;
import io.helidon.http.HeaderNames;
import io.helidon.http.RequestException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonObjectBuilder;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.UUID;

/**
 * Maps errors once, at the HTTP edge, to a JSON body {@code {"error": code, "message": text, ...details}}: platform
 * errors by their code, malformed JSON to 400, anything unknown to 500 with only an error id (the stack trace is
 * logged under that id).
 */
public final class HttpErrors {
  private static final System.Logger LOG = System.getLogger(HttpErrors.class.getName());

  private HttpErrors() {}

  /** Registers the handlers on a routing. */
  public static void register(HttpRouting.Builder routing) {
    routing.error(PlatformException.class, HttpErrors::platform);
    routing.error(JsonSyntaxException.class, HttpErrors::jsonSyntax);
    routing.error(RequestException.class, HttpErrors::request);
    routing.error(RuntimeException.class, HttpErrors::unexpected);
    // Linkage errors, assertion errors...: never let their text (class and method names) reach the client.
    routing.error(Error.class, HttpErrors::unexpected);
  }

  /** Writes the body of a platform error (also used by handlers that answer errors themselves). */
  public static void send(ServerResponse res, PlatformException e) {
    JsonObjectBuilder body = Json.object().add("error", e.code().wireName()).add("message", e.getMessage());
    for (Map.Entry<String, Object> d : e.details().entrySet()) {
      body.add(d.getKey(), Json.toJson(d.getValue()));
    }
    JsonResponses.send(res, e.code().httpStatus(), body.build());
  }

  /** Writes an error body with a given status and code. */
  public static void send(ServerResponse res, int status, String code, String message) {
    JsonResponses.send(res, status, Json.object().add("error", code).add("message", message).build());
  }

  private static void platform(ServerRequest req, ServerResponse res, PlatformException e) {
    send(res, e);
  }

  private static void jsonSyntax(ServerRequest req, ServerResponse res, JsonSyntaxException e) {
    JsonResponses.send(
        res,
        400,
        Json.object()
            .add("error", "invalid_json")
            .add("message", "the request body is not valid JSON: " + e.getMessage())
            .add("line", e.line())
            .add("column", e.column())
            .build());
  }

  private static void request(ServerRequest req, ServerResponse res, RequestException e) {
    int status = e.status().code();
    send(res, status, status == 413 ? "payload_too_large" : "bad_request", e.getMessage());
  }

  private static void unexpected(ServerRequest req, ServerResponse res, Throwable e) {
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, "Internal error " + errorId + " on " + req.prologue().method() + " " + req.path().path(), e);
    res.header(HeaderNames.create("X-Error-Id"), errorId);
    send(res, 500, "internal", "internal error (id " + errorId + ")");
  }
}
