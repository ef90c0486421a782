package dev.picloud.common.web;

import dev.picloud.common.json.Json;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;

/** Writes JSON bodies with the right content type. */
public final class JsonResponses {
  private JsonResponses() {}

  /** Sends {@code value} (a jakarta.json value or plain Java value) as JSON with the given status. */
  public static void send(ServerResponse res, int status, Object value) {
    JsonValue json = Json.toJson(value);
    res.status(status);
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.send(json.toString().getBytes(StandardCharsets.UTF_8));
  }
}
