package dev.picloud.common.web;

import dev.picloud.common.json.Json;
import dev.picloud.common.version.PlatformVersion;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import java.util.function.Supplier;

/** {@code GET /healthz} (liveness: {@code ok}) and {@code GET /version} (JSON). */
public final class PlatformEndpoints {
  private PlatformEndpoints() {}

  /**
   * Mounts both endpoints.
   *
   * @param tier which service answers ({@code allinone}, {@code manager}, ...)
   * @param schemaVersion the database schema version, or empty where this process has no database
   */
  public static void register(HttpRouting.Builder routing, String tier, Supplier<String> schemaVersion) {
    PlatformVersion version = PlatformVersion.current();
    routing.get(
        "/healthz",
        (req, res) -> {
          res.header(HeaderNames.CONTENT_TYPE, "text/plain");
          res.header(HeaderNames.CACHE_CONTROL, "no-store");
          res.send("ok");
        });
    routing.get(
        "/version",
        (req, res) ->
            JsonResponses.send(
                res,
                200,
                Json.object()
                    .add("product", "picloud")
                    .add("version", version.product())
                    .add("sdk_version", version.sdk())
                    .add("http_api_version", version.httpApi())
                    .add("schema_version", schemaVersion.get())
                    .add("service", tier)
                    .build()));
  }
}
