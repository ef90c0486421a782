package dev.picloud.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.common.config.ConfigLoader;
import dev.picloud.common.json.Json;
import dev.picloud.common.lifecycle.Shutdown;
import dev.picloud.common.testing.PostgresExtension;
import dev.picloud.common.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The all-in-one wired in this JVM on a real PostgreSQL, spoken to over real HTTP. */
@ExtendWith(PostgresExtension.class)
class AllInOneTest {
  private static PiCloud picloud;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start(TestDatabase db) {
    String url = db.url().jdbcUrl() + (db.url().user().isEmpty() ? "" : (db.url().jdbcUrl().contains("?") ? "&" : "?") + "user=" + db.url().user());
    picloud =
        PiCloud.start(
            ConfigLoader.load(
                Map.of("DATABASE_URL", url, "PICLOUD_BIND", "127.0.0.1:0"),
                AllInOneSettings.all(),
                List.of("allinone.yaml")),
            new Shutdown(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
  }

  @AfterAll
  static void stop() {
    picloud.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + picloud.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthzSaysOk() throws Exception {
    HttpResponse<String> response = get("/healthz");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("ok");
  }

  @Test
  void versionReportsEveryVersionIncludingTheMigratedSchema() throws Exception {
    HttpResponse<String> response = get("/version");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    Map<?, ?> body = (Map<?, ?>) Json.parse(response.body());
    assertThat(body.get("product")).isEqualTo("picloud");
    assertThat((String) body.get("version")).isNotBlank().isNotEqualTo("unknown");
    assertThat(body.get("sdk_version")).isEqualTo("1.1.0");
    assertThat(body.get("http_api_version")).isEqualTo("v1");
    assertThat(body.get("schema_version")).isEqualTo(picloud.schemaVersion());
    assertThat(Integer.parseInt(picloud.schemaVersion())).isGreaterThanOrEqualTo(2);
  }

  @Test
  void unknownPathsAnswerJson404() throws Exception {
    HttpResponse<String> response = get("/no/such/route");
    assertThat(response.statusCode()).isEqualTo(404);
    Map<?, ?> body = (Map<?, ?>) Json.parse(response.body());
    assertThat(body.get("error")).isEqualTo("not_found");
    assertThat((String) body.get("message")).contains("GET /no/such/route").contains("'default'");
  }

  @Test
  void directInvokeOfAnUnknownScriptIs404AndOfAMalformedIdIs400() throws Exception {
    assertThat(get("/api/v1/execute/0199a1b2-0000-7000-8000-000000000000").statusCode()).isEqualTo(404);
    HttpResponse<String> bad = get("/api/v1/execute/not-a-uuid");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("not a valid script id");
  }
}
