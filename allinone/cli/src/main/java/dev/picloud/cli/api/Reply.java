package dev.picloud.cli.api;

/** A successful admin API answer: its status and body text. */
public record Reply(int status, String body) {
  /** The body parsed as a JSON object (empty for a 204). */
  public JsonMap json() {
    return JsonMap.of(Json.tryParse(body).orElse(null));
  }
}
