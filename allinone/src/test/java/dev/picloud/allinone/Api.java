package dev.picloud.allinone;

import dev.picloud.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A small HTTP client for tests: admin API calls with the bearer token, and plain requests to user routes. */
final class Api {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String adminBase;
  private final String base;
  private final String token;

  /** One listener for the admin API and user routes (the all-in-one). */
  Api(int port, String token) {
    this("http://127.0.0.1:" + port, "http://127.0.0.1:" + port, token);
  }

  /** The admin API on the manager, user routes on an orchestrator (split deployment). */
  Api(String adminBase, String publicBase, String token) {
    this.adminBase = adminBase;
    this.base = publicBase;
    this.token = token;
  }

  /** The same servers with another token. */
  Api withToken(String other) {
    return new Api(adminBase, base, other);
  }

  /** A response with its body parsed as JSON when it is JSON. */
  record Reply(int status, String body, HttpResponse<String> raw) {
    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      return (Map<String, Object>) Json.parse(body);
    }

    Object get(String key) {
      return json().get(key);
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply admin(String method, String path, Object body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(adminBase + "/api/v1/admin" + path)).header("Authorization", "Bearer " + token);
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Json.write(body))));
  }

  Reply call(String method, String path, String host, String contentType, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (host != null) {
      b.header("Host", host);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
  }

  Reply get(String path) {
    return call("GET", path, null, null, null);
  }

  /** GET on the admin listener without credentials. */
  Reply adminUnauthenticated(String path) {
    return send(HttpRequest.newBuilder(URI.create(adminBase + path)));
  }

  /** The execution's record, waiting until the batched log has written it (at most 10 s). */
  Reply awaitExecution(String executionId) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Reply r = admin("GET", "/executions/" + executionId, null);
    while (r.status() == 404 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      r = admin("GET", "/executions/" + executionId, null);
    }
    return r;
  }

  Reply raw(HttpRequest.Builder request) {
    return send(request);
  }

  String base() {
    return base;
  }

  /** {@code host:port} of the public listener (HTTP and the public gRPC API). */
  String publicHostPort() {
    return base.substring("http://".length());
  }

  private Reply send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
