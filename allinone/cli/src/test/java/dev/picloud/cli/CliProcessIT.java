package dev.picloud.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.allinone.AllInOneFixture;
import dev.picloud.allinone.PiCloud;
import dev.picloud.cli.api.Json;
import dev.picloud.cli.api.JsonMap;
import dev.picloud.common.testing.PostgresExtension;
import dev.picloud.common.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped command as a user runs it: the repository's {@code ./picloud} wrapper starting the packaged jar in its
 * own JVM (class path from the manifest, exit codes through {@code System.exit}, the class-data archive the wrapper
 * writes and reuses), against a real all-in-one. Also times {@code deploy} → first successful request (printed,
 * not asserted: docs/performance.md has the figures).
 */
@ExtendWith(PostgresExtension.class)
class CliProcessIT {
  private static final String TOKEN = "cli-process-it-token-0123456789";
  private static final Path WRAPPER = Path.of("..", "..", "picloud").toAbsolutePath().normalize();
  private static PiCloud picloud;
  private static String url;
  private static Path config;

  @BeforeAll
  static void start(TestDatabase db, @TempDir Path data, @TempDir Path home) {
    picloud = AllInOneFixture.start(db, data, TOKEN);
    url = "http://127.0.0.1:" + picloud.port();
    config = home;
  }

  @AfterAll
  static void stop() {
    picloud.close();
  }

  record Result(int exit, String out, String err) {}

  private static Result picloud(Path configHome, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", WRAPPER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("XDG_CONFIG_HOME", configHome.toString());
    pb.environment().remove("PICLOUD_URL");
    pb.environment().remove("PICLOUD_TOKEN");
    pb.environment().remove("PICLOUD_PROFILE");
    Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theWrapperRunsThePackagedCommandWithItsExitCodesAndCleanJson(@TempDir Path dir, @TempDir Path fresh) throws Exception {
    assertThat(WRAPPER).exists();
    Result notLoggedIn = picloud(fresh, "apps", "list", "--json");
    assertThat(notLoggedIn.exit()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(notLoggedIn.out()).isEmpty();

    assertThat(Path.of("target", "picloud-cli-java" + Runtime.version().feature() + ".jsa"))
        .as("the wrapper's training run wrote the class-data archive")
        .isNotEmptyFile();

    Result login = picloud(config, "login", url, "--token", TOKEN);
    assertThat(login.exit()).as(login.err()).isZero();
    for (int i = 0; i < 2; i++) {
      Result apps = picloud(config, "--json", "apps", "list");
      assertThat(apps.exit()).as(apps.err()).isZero();
      assertThat(JsonMap.of(Json.parse(apps.out())).objects("apps")).extracting(a -> a.string("slug")).contains("default");
      assertThat(apps.err()).as("no JVM log output").isEmpty();
    }

    Path broken = Files.writeString(dir.resolve("broken.rhai"), "let x = ;");
    Result compile = picloud(config, "deploy", broken.toString());
    assertThat(compile.exit()).isEqualTo(ExitCode.COMPILE_ERROR);
    assertThat(compile.err()).startsWith(broken + ":1:");
  }

  @Test
  void deployToFirstSuccessfulRequest(@TempDir Path dir) throws Exception {
    picloud(config, "login", url, "--token", TOKEN);
    picloud(config, "--version"); // the wrapper's class-data archive exists after one run
    HttpClient http = HttpClient.newHttpClient();
    Path file = dir.resolve("timed.rhai");
    List<Long> millis = new ArrayList<>();
    for (int run = 1; run <= 5; run++) {
      Files.writeString(file, "\"run " + run + "\"");
      long started = System.nanoTime();
      Result deploy = picloud(config, "deploy", file.toString(), "--route", "GET:/timed");
      assertThat(deploy.exit()).as(deploy.err()).isZero();
      HttpResponse<String> first =
          http.send(HttpRequest.newBuilder(URI.create(url + "/timed")).build(), HttpResponse.BodyHandlers.ofString());
      millis.add((System.nanoTime() - started) / 1_000_000);
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(first.body()).as("the new version answers the very first request").isEqualTo("run " + run);
    }
    System.out.printf(
        Locale.ROOT, "picloud deploy (new process) -> first 200: %s ms (run 1 creates, runs 2-5 update)%n", millis);
  }
}
