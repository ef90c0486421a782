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
  private final String base;
  private final String token;

  Api(int port, String token) {
    this.base = "http://127.0.0.1:" + port;
    this.token = token;
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
        HttpRequest.newBuilder(URI.create(base + "/api/v1/admin" + path)).header("Authorization", "Bearer " + token);
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

  Reply raw(HttpRequest.Builder request) {
    return send(request);
  }

  String base() {
    return base;
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
