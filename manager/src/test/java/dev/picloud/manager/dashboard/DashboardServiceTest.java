package dev.picloud.manager.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's static serving over real HTTP: types, caching, revalidation, compression, app fallback. */
class DashboardServiceTest {
  private static final String JS = "/admin/assets/app-1a2b3c.js";
  private static WebServer server;
  private static WebServer unbuilt;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    ClassLoader loader = DashboardServiceTest.class.getClassLoader();
    server = serve(DashboardFiles.fromClasspath(loader, "dashboard-fixture"));
    unbuilt = serve(DashboardFiles.fromClasspath(loader, "no-dashboard-here"));
  }

  private static WebServer serve(DashboardFiles files) {
    return WebServer.builder()
        .host("127.0.0.1")
        .port(0)
        .shutdownHook(false)
        .routing(r -> r.register(DashboardService.MOUNT, new DashboardService(files)))
        .build()
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
    unbuilt.stop();
  }

  private static HttpResponse<byte[]> get(WebServer on, String path, String... headers) throws Exception {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + path));
    if (headers.length > 0) {
      req.headers(headers);
    }
    return CLIENT.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String header(HttpResponse<byte[]> r, String name) {
    return r.headers().firstValue(name).orElse(null);
  }

  @Test
  void indexIsHtmlRevalidatedEveryTimeWithASecurityPolicy() throws Exception {
    HttpResponse<byte[]> r = get(server, "/admin/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "content-type")).isEqualTo("text/html; charset=utf-8");
    assertThat(header(r, "cache-control")).isEqualTo("no-cache");
    assertThat(header(r, "etag")).startsWith("\"").endsWith("\"");
    assertThat(header(r, "content-security-policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
    assertThat(header(r, "x-content-type-options")).isEqualTo("nosniff");
    assertThat(text(r)).contains("<div id=\"app\">");

    HttpResponse<byte[]> again = get(server, "/admin/", "If-None-Match", header(r, "etag"));
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void hashedAssetsAreCachedForAYearWithTheirContentType() throws Exception {
    HttpResponse<byte[]> js = get(server, JS);
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(header(js, "content-type")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(header(js, "cache-control")).isEqualTo("public, max-age=31536000, immutable");
    assertThat(header(js, "content-encoding")).as("no Accept-Encoding, no gzip").isNull();
    assertThat(text(js)).startsWith("// A fixture");

    HttpResponse<byte[]> css = get(server, "/admin/assets/app-1a2b3c.css");
    assertThat(header(css, "content-type")).isEqualTo("text/css; charset=utf-8");
    assertThat(header(css, "content-encoding")).as("too small to compress").isNull();
  }

  @Test
  void textGoesOutGzippedToClientsThatAcceptIt() throws Exception {
    HttpResponse<byte[]> plain = get(server, JS);
    HttpResponse<byte[]> zipped = get(server, JS, "Accept-Encoding", "br, gzip;q=0.8");
    assertThat(header(zipped, "content-encoding")).isEqualTo("gzip");
    assertThat(header(zipped, "vary")).isEqualTo("Accept-Encoding");
    assertThat(zipped.body().length).isLessThan(plain.body().length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
    assertThat(header(get(server, JS, "Accept-Encoding", "gzip;q=0"), "content-encoding")).isNull();
  }

  @Test
  void appPathsFallBackToTheIndexButMissingFilesAre404() throws Exception {
    HttpResponse<byte[]> deep = get(server, "/admin/scripts/0199a1b2-0000-7000-8000-000000000000/routes");
    assertThat(deep.statusCode()).isEqualTo(200);
    assertThat(header(deep, "content-type")).startsWith("text/html");
    assertThat(header(deep, "cache-control")).isEqualTo("no-cache");
    assertThat(text(deep)).isEqualTo(text(get(server, "/admin/")));

    assertThat(get(server, "/admin/assets/app-gone.js").statusCode()).isEqualTo(404);
    assertThat(get(server, "/admin/assets/").statusCode()).isEqualTo(404);
    assertThat(get(server, "/admin/robots.txt").statusCode()).isEqualTo(404);
  }

  @Test
  void theBareMountRedirectsToTheSlash() throws Exception {
    HttpResponse<byte[]> r = get(server, "/admin");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(header(r, "location")).isEqualTo("/admin/");
    assertThat(get(server, "/administrator").statusCode()).as("a longer first segment is not the dashboard").isEqualTo(404);
  }

  @Test
  void onlyGetAndHeadAreAnswered() throws Exception {
    HttpResponse<byte[]> head =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + JS))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(header(head, "content-length")).isEqualTo(Integer.toString(get(server, JS).body().length));

    HttpResponse<byte[]> post =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/admin/"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(header(post, "allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void aBuildWithoutTheDashboardSaysSo() throws Exception {
    HttpResponse<byte[]> r = get(unbuilt, "/admin/");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(text(r)).contains("not part of this build");
  }

  @Test
  void conditionalAndEncodingHeadersAreParsedAsTheRfcSays() {
    assertThat(DashboardService.matches("\"a\", \"b\"", "\"b\"")).isTrue();
    assertThat(DashboardService.matches("W/\"b\"", "\"b\"")).isTrue();
    assertThat(DashboardService.matches("*", "\"b\"")).isTrue();
    assertThat(DashboardService.matches("\"c\"", "\"b\"")).isFalse();
    assertThat(DashboardService.acceptsGzip("gzip, deflate")).isTrue();
    assertThat(DashboardService.acceptsGzip("*")).isTrue();
    assertThat(DashboardService.acceptsGzip("gzip; q=0.0")).isFalse();
    assertThat(DashboardService.acceptsGzip("br")).isFalse();
    assertThat(DashboardFiles.contentType("x/y.WOFF2")).isEqualTo("font/woff2");
    assertThat(DashboardFiles.contentType("LICENSE")).isEqualTo("application/octet-stream");
  }

  @Test
  void aListedFileThatIsMissingFailsAtStartNotAtRequestTime() throws IOException {
    ClassLoader broken =
        new ClassLoader(null) {
          @Override
          public java.io.InputStream getResourceAsStream(String name) {
            return name.equals("d/files.txt")
                ? new ByteArrayInputStream("index.html\n".getBytes(StandardCharsets.UTF_8))
                : null;
          }
        };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DashboardFiles.fromClasspath(broken, "d"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("d/index.html is listed but missing");
  }
}
