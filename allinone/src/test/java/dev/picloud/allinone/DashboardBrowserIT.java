package dev.picloud.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.picloud.common.config.ConfigLoader;
import dev.picloud.common.lifecycle.Shutdown;
import dev.picloud.common.testing.PostgresExtension;
import dev.picloud.common.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard as a user meets it: served by the all-in-one from the jar the build made, and driven in a real
 * browser (Debian's Chromium under playwright-core, {@code dashboard/e2e/flow.mjs}) through sign-in, a script with a
 * compile error and its fix, a route, the try-it panel and the execution with its logs. The browser part is skipped,
 * saying why, where {@code /usr/bin/chromium} is absent ({@code apt-get install -y chromium}).
 */
@ExtendWith(PostgresExtension.class)
class DashboardBrowserIT {
  private static final String TOKEN = "dashboard-browser-token-0123456789";
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  private static final Path DASHBOARD = Path.of(System.getProperty("picloud.dashboard.dir", "../dashboard"));
  private static PiCloud picloud;
  private static Api api;

  @BeforeAll
  static void start(TestDatabase db, @TempDir Path data) {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", db.url().jdbcUrl() + (db.url().user().isEmpty() ? "" : "?user=" + db.url().user()));
    env.put("PICLOUD_BIND", "127.0.0.1:0");
    env.put("PICLOUD_DATA_DIR", data.toString());
    env.put("PICLOUD_ADMIN_TOKEN", TOKEN);
    picloud =
        PiCloud.start(
            ConfigLoader.load(env, AllInOneSettings.all(), List.of("allinone.yaml")),
            new Shutdown(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    api = new Api(picloud.port(), TOKEN);
  }

  @AfterAll
  static void stop() {
    picloud.close();
  }

  @Test
  void theAllInOneServesTheBuiltDashboard() {
    Api.Reply index = api.get("/admin/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.header("content-type")).startsWith("text/html");
    assertThat(index.header("cache-control")).isEqualTo("no-cache");
    Matcher script = Pattern.compile("src=\"(/admin/assets/index-[^\"]+\\.js)\"").matcher(index.body());
    assertThat(script.find()).as("index.html loads the hashed bundle: %s", index.body()).isTrue();

    Api.Reply bundle = api.get(script.group(1));
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.header("content-type")).startsWith("text/javascript");
    assertThat(bundle.header("cache-control")).contains("immutable");

    Api.Reply deep = api.get("/admin/scripts/0199a1b2-0000-7000-8000-000000000000/versions");
    assertThat(deep.status()).as("client-side routes load the app").isEqualTo(200);
    assertThat(deep.body()).isEqualTo(index.body());
    assertThat(api.get("/admin/assets/nothing-here.js").status()).isEqualTo(404);
  }

  @Test
  void signInCreateFixRouteTryAndSeeTheExecutionInChromium() throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM)) {
      String why = "SKIPPED: no Chromium at " + CHROMIUM + "; install it with: apt-get install -y chromium";
      System.out.println("DashboardBrowserIT: " + why);
      assumeTrue(false, why);
    }
    assumeTrue(
        Files.isDirectory(DASHBOARD.resolve("node_modules/playwright-core")),
        "SKIPPED: " + DASHBOARD + "/node_modules is missing (the dashboard module's npm ci installs it)");

    ProcessBuilder node = new ProcessBuilder("node", "e2e/flow.mjs").directory(DASHBOARD.toFile());
    node.environment().put("PICLOUD_URL", "http://127.0.0.1:" + picloud.port());
    node.environment().put("PICLOUD_ADMIN_TOKEN", TOKEN);
    node.environment().put("CHROMIUM", CHROMIUM.toString());
    node.environment().put("E2E_FRESH", "1");
    String screenshots = System.getProperty("dashboard.screenshots", "");
    if (!screenshots.isBlank()) {
      node.environment().put("SCREENSHOT_DIR", Path.of(screenshots).toAbsolutePath().toString());
    }
    Path log = Files.createTempFile("dashboard-e2e", ".log");
    node.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = node.start();
    boolean finished = process.waitFor(4, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log);
    Files.delete(log);
    System.out.println(output);
    assertThat(finished).as("the browser flow finished within 4 minutes:\n%s", output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).containsPattern("e2e: \\d+ passed, 0 failed").doesNotContain("SKIPPED");
  }
}
