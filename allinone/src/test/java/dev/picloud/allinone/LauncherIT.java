package dev.picloud.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher ({@code java -jar target/picloud.jar}) as a real process: first start on the embedded
 * PostgreSQL (as whatever user runs the build, root included), restart keeping data, clean stop on SIGTERM, and
 * one-line failures for bad configuration.
 */
class LauncherIT {
  private static final Path JAR = Path.of("target", "picloud.jar");

  private static Process launch(Map<String, String> env, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-XX:+UseSerialGC", "-jar", JAR.toString());
    pb.environment().remove("DATABASE_URL");
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return pb.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static boolean waitHealthy(int port, Process process, Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().equals("ok")) {
          return true;
        }
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    return false;
  }

  private static String version(int port) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/version")).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void startsOnTheEmbeddedDatabaseRestartsKeepingDataAndStopsCleanlyOnSigterm(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    for (int run = 1; run <= 2; run++) {
      int port = freePort();
      Path log = dir.resolve("run" + run + ".log");
      Process p =
          launch(Map.of("PICLOUD_BIND", "127.0.0.1:" + port, "PICLOUD_DATA_DIR", data.toString()), log);
      try {
        assertThat(waitHealthy(port, p, Duration.ofSeconds(90))).as(Files.readString(log)).isTrue();
        assertThat(version(port)).contains("\"schema_version\":\"");
      } finally {
        p.destroy(); // SIGTERM
      }
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = Files.readString(log);
      assertThat(output).contains("ready on port " + port).contains("embedded PostgreSQL");
      assertThat(output).contains("picloud: stopped listeners").contains("picloud: stopped database");
      assertThat(output.indexOf("stopped listeners")).isLessThan(output.indexOf("stopped database"));
      if (run == 2) {
        assertThat(output).contains("0 migration(s) applied now");
      }
    }
    assertThat(data.resolve("postgres/PG_VERSION")).exists();
    assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
  }

  private static List<String> failFast(Map<String, String> env, Path dir) throws Exception {
    Path log = Files.createTempFile(dir, "fail", ".log");
    Process p = launch(env, log);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exits quickly").isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.startsWith("picloud: configuration error: ")) {
        lines.add(line);
      }
      assertThat(line).doesNotStartWith("\tat ");
    }
    return lines;
  }

  @Test
  void badConfigurationFailsFastWithOneLineNamingTheSetting(@TempDir Path dir) throws Exception {
    assertThat(failFast(Map.of("PICLOUD_BIND", "nonsense"), dir))
        .containsExactly(
            "picloud: configuration error: PICLOUD_BIND (server.bind): expected host:port, e.g. 0.0.0.0:8080, got"
                + " 'nonsense'");

    int closed = freePort();
    assertThat(
            failFast(
                Map.of("DATABASE_URL", "postgres://nobody@127.0.0.1:" + closed + "/x", "PICLOUD_BIND", "127.0.0.1:0"),
                dir))
        .singleElement()
        .asString()
        .startsWith("picloud: configuration error: DATABASE_URL (db.url): cannot connect to PostgreSQL at 127.0.0.1:"
            + closed);

    assertThat(failFast(Map.of("DATABASE_URL", "mysql://x/y", "PICLOUD_BIND", "127.0.0.1:0"), dir))
        .singleElement()
        .asString()
        .contains("DATABASE_URL (db.url): expected postgres://");

    try (ServerSocket taken = new ServerSocket(0)) {
      assertThat(failFast(Map.of("PICLOUD_BIND", "127.0.0.1:" + taken.getLocalPort()), dir))
          .singleElement()
          .asString()
          .startsWith("picloud: configuration error: PICLOUD_BIND (server.bind): cannot listen on 127.0.0.1:");
    }

    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThat(failFast(Map.of("PICLOUD_DATA_DIR", file.toString(), "PICLOUD_BIND", "127.0.0.1:0"), dir))
        .singleElement()
        .asString()
        .startsWith("picloud: configuration error: PICLOUD_DATA_DIR (picloud.data-dir): cannot create");
  }
}
