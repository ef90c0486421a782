package dev.picloud.cli.api;

/**
 * The API answered with an error status (4xx or 5xx). Carries the API's {@code error} code and {@code message} and
 * the raw body, which {@code --json} prints as it came.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String error;
  private final String body;
  private final transient JsonMap json;

  public ApiException(int status, String body) {
    super(message(status, body));
    this.status = status;
    this.body = body;
    this.json = JsonMap.of(Json.tryParse(body).orElse(null));
    this.error = json.has("error") ? json.string("error") : "http_" + status;
  }

  private static String message(int status, String body) {
    JsonMap json = JsonMap.of(Json.tryParse(body).orElse(null));
    if (json.has("message")) {
      return json.string("message");
    }
    return "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body.strip());
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The API's error code ({@code not_found}, {@code conflict}, …), or {@code http_<status>} without one. */
  public String error() {
    return error;
  }

  /** The response body as received. */
  public String body() {
    return body;
  }

  /** The parsed error body (empty when it was not JSON). */
  public JsonMap json() {
    return json;
  }
}
