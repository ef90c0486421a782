package dev.picloud.cli.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;
import javax.net.ssl.SSLParameters;

/**
 * One PiCloud server: the admin API under {@code /api/v1/admin} (with the bearer token) and the public endpoints
 * (without it). Failures come back as exceptions the command line maps to exit codes: {@link ApiException} for an
 * error status, {@link UnreachableException} for no answer.
 */
public final class PiCloudClient implements AutoCloseable {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);
  private static final String ADMIN = "/api/v1/admin";

  private final HttpClient http;
  private final String base;
  private final String token;
  private final String userAgent;

  /**
   * @param base the server URL, e.g. {@code http://localhost:8080} (a trailing slash is ignored)
   * @param token the admin token
   * @param userAgent sent as {@code User-Agent}
   */
  public PiCloudClient(String base, String token, String userAgent) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER);
    if (base.regionMatches(true, 0, "http://", 0, 7)) {
      builder.sslContext(new PlainHttpOnly()).sslParameters(new SSLParameters());
    }
    this.http = builder.build();
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
    this.userAgent = userAgent;
  }

  /** Closes the connections (waiting for requests in flight). */
  @Override
  public void close() {
    http.close();
  }

  /** The server URL without a trailing slash. */
  public String base() {
    return base;
  }

  /** {@code GET} on the admin API. */
  public Reply get(String path) {
    return admin("GET", path, null);
  }

  /**
   * One admin API request.
   *
   * @param path below {@code /api/v1/admin}, with its query string
   * @param body sent as JSON unless {@code null}
   * @throws ApiException when the answer is 4xx or 5xx
   */
  public Reply admin(String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + ADMIN + path))
            .timeout(ADMIN_TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("User-Agent", userAgent);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() >= 400) {
      throw new ApiException(response.statusCode(), response.body());
    }
    return new Reply(response.statusCode(), response.body());
  }

  /** Sends a request to any endpoint as it is (no token added, any status returned). */
  public HttpResponse<byte[]> raw(HttpRequest.Builder request) {
    return send(request.header("User-Agent", userAgent).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The absolute URI of a server path. */
  public URI uri(String path) {
    return URI.create(base + path);
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedRequestException(e);
    } catch (IOException | UnresolvedAddressException e) {
      throw new UnreachableException("cannot reach PiCloud at " + base + ": " + reason(e), e);
    } catch (IllegalArgumentException e) {
      throw new UnreachableException("cannot reach PiCloud at " + base + ": " + e.getMessage(), e);
    }
  }

  private static String reason(Exception e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "the connection timed out";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + ADMIN_TIMEOUT.toSeconds() + " s";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
        return "unknown host";
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "connection refused (is it running? ./picloud serve)";
      }
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * A query string from name/value pairs, skipping pairs whose value is {@code null}: {@code query("a", 1, "b",
   * null)} is {@code ?a=1}; {@code ""} when nothing is left.
   */
  public static String query(Object... pairs) {
    StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        q.add(pairs[i] + "=" + URLEncoder.encode(String.valueOf(pairs[i + 1]), StandardCharsets.UTF_8));
      }
    }
    return q.toString();
  }

  /** A path segment, encoded. */
  public static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
