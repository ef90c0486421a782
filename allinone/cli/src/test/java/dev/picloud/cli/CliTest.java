package dev.picloud.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.allinone.AllInOneFixture;
import dev.picloud.allinone.PiCloud;
import dev.picloud.cli.api.Json;
import dev.picloud.cli.api.JsonMap;
import dev.picloud.common.testing.PostgresExtension;
import dev.picloud.common.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code picloud} command line ({@link Cli#run}, as {@link Main} runs it, with captured streams) against a
 * real all-in-one on a real PostgreSQL: every command, its output, its exit code.
 */
@ExtendWith(PostgresExtension.class)
class CliTest {
  private static final String TOKEN = "cli-test-admin-token-0123456789";
  private static PiCloud picloud;
  private static String url;
  private static Path home;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @BeforeAll
  static void start(TestDatabase db, @TempDir Path data, @TempDir Path config) {
    picloud = AllInOneFixture.start(db, data, TOKEN);
    url = "http://127.0.0.1:" + picloud.port();
    home = config;
    Run login = cli(env(home), "", "login", url, "--token", TOKEN);
    assertThat(login.exit()).as(login.err()).isZero();
  }

  @AfterAll
  static void stop() {
    picloud.close();
  }

  /** One finished run of the command line. */
  record Run(int exit, String out, String err) {
    JsonMap json() {
      return JsonMap.of(Json.parse(out));
    }
  }

  private static Map<String, String> env(Path configHome) {
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CONFIG_HOME", configHome.toString());
    env.put("HOME", configHome.toString());
    return env;
  }

  private static Run cli(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Session session =
        new Session(
            env,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.systemUTC());
    int exit = Cli.run(session, args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** {@code picloud ARGS}, logged in. */
  private static Run picloud(String... args) {
    return cli(env(home), "", args);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static HttpResponse<String> get(String target) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(target)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void flushExecutionLog() throws InterruptedException {
    assertThat(picloud.manager().executionLog().flush(5_000)).isTrue();
  }

  @Test
  void loginChecksTheTokenAndSavesTheProfileReadableOnlyByTheUser(@TempDir Path fresh) throws Exception {
    Run refused = cli(env(fresh), "", "login", url, "--token", "not-the-token-at-all");
    assertThat(refused.exit()).isEqualTo(ExitCode.FAILED);
    assertThat(refused.err()).contains("refused the token");
    Path config = fresh.resolve("picloud/config.json");
    assertThat(config).doesNotExist();

    Run ok = cli(env(fresh), TOKEN + "\n", "login", url + "/", "--profile", "stdin");
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("logged in to " + url).contains("profile stdin");
    assertThat(Files.getPosixFilePermissions(config)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    JsonMap saved = JsonMap.of(Json.parse(Files.readString(config))).object("profiles").object("stdin");
    assertThat(saved.string("url")).isEqualTo(url);
    assertThat(saved.string("token")).isEqualTo(TOKEN);

    assertThat(cli(env(fresh), "", "apps", "list").exit()).as("another profile is not logged in").isEqualTo(ExitCode.UNREACHABLE);
    assertThat(cli(env(fresh), "", "--profile", "stdin", "apps", "list").exit()).isZero();
    assertThat(cli(env(fresh), "", "apps", "list", "--profile", "stdin").exit()).isZero();
    Map<String, String> byEnv = env(fresh);
    byEnv.put("PICLOUD_PROFILE", "stdin");
    assertThat(cli(byEnv, "", "apps", "list").exit()).isZero();

    assertThat(cli(env(fresh), "", "logout", "--profile", "stdin").out()).contains("logged out");
    assertThat(cli(env(fresh), "", "--profile", "stdin", "apps", "list").exit()).isEqualTo(ExitCode.UNREACHABLE);
  }

  @Test
  void notLoggedInExits3AndSaysHowToLogIn(@TempDir Path fresh) {
    Run run = cli(env(fresh), "", "scripts", "list");
    assertThat(run.exit()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(run.err()).startsWith("picloud: not logged in").contains("picloud login URL --token TOKEN");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBrokenConfigFileIsNamed(@TempDir Path fresh) throws IOException {
    Files.createDirectories(fresh.resolve("picloud"));
    Path config = Files.writeString(fresh.resolve("picloud/config.json"), "{\"profiles\": ");
    Run run = cli(env(fresh), "", "apps", "list");
    assertThat(run.exit()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(run.err()).startsWith("picloud: " + config + " is not valid JSON").contains("fix or delete it");
  }

  @Test
  void anUnreachableServerExits3() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Map<String, String> env = env(home);
    env.put("PICLOUD_URL", "http://127.0.0.1:" + closedPort);
    Run run = cli(env, "", "apps", "list");
    assertThat(run.exit()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(run.err()).contains("cannot reach PiCloud at http://127.0.0.1:" + closedPort).contains("connection refused");
    Run login = cli(env(dir), "", "login", "http://127.0.0.1:" + closedPort, "--token", "x");
    assertThat(login.exit()).isEqualTo(ExitCode.UNREACHABLE);
  }

  @Test
  void theEnvironmentOverridesTheSavedToken() {
    Map<String, String> env = env(home);
    env.put("PICLOUD_TOKEN", "a-wrong-token-from-the-environment");
    Run run = cli(env, "", "apps", "list");
    assertThat(run.exit()).isEqualTo(ExitCode.FAILED);
    assertThat(run.err()).startsWith("picloud: unauthenticated: ").contains("log in again");
  }

  @Test
  void deployCreatesBindsAndIsLiveForTheVeryNextRequest() throws Exception {
    Path hello = file("hello.rhai", "`hello, ${ctx.request.query.name ?? \"world\"}`");
    Run run = picloud("deploy", hello.toString(), "--route", "GET:/hello");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("hello: created, version 1")
        .contains("route GET /hello: bound")
        .contains("GET  " + url + "/hello");
    HttpResponse<String> first = get(url + "/hello?name=ann");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo("hello, ann");
  }

  @Test
  void deployUpdatesOnlyWhenTheSourceChangedAndKeepsIdenticalRoutes() throws Exception {
    Path file = file("greeter.rhai", "\"v1\"");
    assertThat(picloud("deploy", file.toString(), "--route", "/greeter").exit()).isZero();

    Run same = picloud("deploy", file.toString(), "--route", "ANY:/greeter/");
    assertThat(same.exit()).isZero();
    assertThat(same.out()).contains("greeter: unchanged (same source as version 1; nothing saved)").contains("route ANY /greeter/: already bound");

    Files.writeString(file, "\"v2\"");
    Run updated = picloud("deploy", file.toString(), "--route", "POST:/greeter/post");
    assertThat(updated.exit()).isZero();
    assertThat(updated.out()).contains("greeter: updated, version 2").contains("route POST /greeter/post: bound").contains("ANY   " + url + "/greeter");
    assertThat(get(url + "/greeter").body()).isEqualTo("v2");

    Run versions = picloud("scripts", "versions", "greeter", "--json");
    assertThat(versions.json().objects("versions")).extracting(v -> v.number("version")).containsExactly(2L, 1L);
  }

  @Test
  void aCompileErrorPrintsFileLineColumnAndExits4() throws Exception {
    Path broken = file("broken.rhai", "let x = 1;\nlet y = (2 + ;\n");
    Run run = picloud("deploy", broken.toString(), "--route", "GET:/broken");
    assertThat(run.exit()).isEqualTo(ExitCode.COMPILE_ERROR);
    assertThat(run.err()).matches("(?s)" + java.util.regex.Pattern.quote(broken.toString()) + ":2:\\d+: error: .+\n");
    assertThat(run.out()).isEmpty();
    assertThat(picloud("scripts", "list", "--json").out()).doesNotContain("\"broken\"");

    Run json = picloud("deploy", broken.toString(), "--json");
    assertThat(json.exit()).isEqualTo(ExitCode.COMPILE_ERROR);
    assertThat(json.json().string("error")).isEqualTo("compile_error");
    assertThat(json.json().number("line")).isEqualTo(2);
  }

  @Test
  void aRouteOfAnotherScriptIsAClearError() throws Exception {
    assertThat(picloud("deploy", file("first.rhai", "1").toString(), "--route", "GET:/taken").exit()).isZero();
    Run run = picloud("deploy", file("second.rhai", "2").toString(), "--route", "GET:/taken");
    assertThat(run.exit()).isEqualTo(ExitCode.FAILED);
    assertThat(run.out()).contains("second: created, version 1");
    assertThat(run.err()).startsWith("picloud: cannot bind route GET /taken: ").contains("conflicts with").contains("script 'first'");
  }

  @Test
  void deployWithJsonPrintsTheScriptRoutesAndUrls() throws Exception {
    Run run = picloud("deploy", file("jsonny.rhai", "1").toString(), "--name", "jsonny-2", "--route", "GET:/jsonny", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonMap out = run.json();
    assertThat(out.string("outcome")).isEqualTo("created");
    assertThat(out.object("script").string("name")).isEqualTo("jsonny-2");
    assertThat(out.object("script").number("version")).isEqualTo(1);
    assertThat(out.objects("routes")).extracting(r -> r.string("path")).containsExactly("/jsonny");
    assertThat(out.strings("urls")).containsExactly(url + "/jsonny");
  }

  @Test
  void deployIntoAnAppWithDomainsPrintsTheDomainUrlAndAHostHint() throws Exception {
    assertThat(picloud("apps", "create", "shop", "--domain", "shop.example.com").exit()).isZero();
    Run run = picloud("deploy", file("cart.rhai", "\"cart\"").toString(), "--app", "shop", "--route", "GET:/cart");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("http://shop.example.com:" + picloud.port() + "/cart")
        .contains("curl -H 'Host: shop.example.com' " + url + "/cart");
    HttpResponse<String> viaHost =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "/cart")).header("Host", "shop.example.com").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(viaHost.body()).isEqualTo("cart");
  }

  @Test
  void invokePrintsTheBodyAndWithIncludeTheStatusAndHeaders() throws Exception {
    picloud(
        "deploy",
        file("echo.rhai", "#{ statusCode: 201, headers: #{ \"x-seen\": ctx.request.headers[\"x-trace\"] ?? \"none\" },"
            + " body: `${ctx.request.method} ${ctx.request.query.q ?? \"\"} ${ctx.request.body}` }").toString());
    Path data = file("body.txt", "from a file");
    Run run = picloud("invoke", "echo", "-i", "-X", "PUT", "-H", "X-Trace: abc", "--data", "@" + data, "-q", "q=1");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("HTTP 201\n").contains("x-seen: abc\n").contains("x-execution-id: ").endsWith("\n\nPUT 1 from a file\n");

    Run plain = cli(env(home), "piped in", "invoke", "echo", "--data", "-");
    assertThat(plain.exit()).isZero();
    assertThat(plain.out()).isEqualTo("POST  piped in\n");

    Run json = picloud("invoke", "echo", "--json", "--data", "{\"a\": 1}");
    JsonMap reply = json.json();
    assertThat(reply.number("status")).isEqualTo(201);
    assertThat(reply.string("body")).as("sent as JSON, so the script sees a map").isEqualTo("POST  #{\"a\": 1}");
    assertThat(reply.object("headers").string("x-seen")).isEqualTo("none");
    assertThat(reply.string("execution_id")).isNotBlank();
  }

  @Test
  void invokeExits1WhenTheStatusIs400OrMoreAndSaysWhy() throws Exception {
    picloud("deploy", file("failing.rhai", "let a = 1;\nthrow \"nope\";").toString());
    Run run = picloud("invoke", "failing");
    assertThat(run.exit()).isEqualTo(ExitCode.FAILED);
    assertThat(run.out()).contains("\"error\":\"script_error\"");
    assertThat(run.err()).isEqualTo("picloud: HTTP 502 script_error: Runtime error: nope (line 2, column 1)\n");

    Run missing = picloud("invoke", "no-such-script");
    assertThat(missing.exit()).isEqualTo(ExitCode.FAILED);
    assertThat(missing.err()).contains("no script named 'no-such-script'");
  }

  @Test
  void logsShowEachExecutionWithItsLogLines() throws Exception {
    picloud(
        "deploy",
        file("logger.rhai", "log::info(\"handling\", #{ n: ctx.request.query.n });\nif ctx.request.query.n == \"2\" { throw \"two\" }\n\"done\"").toString());
    assertThat(picloud("invoke", "logger", "-q", "n=1").exit()).isZero();
    assertThat(picloud("invoke", "logger", "-q", "n=2").exit()).isEqualTo(ExitCode.FAILED);
    flushExecutionLog();

    Run run = picloud("logs", "logger");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).contains("script_error").contains("502").contains("GET /api/v1/execute/").contains(" v1 ");
    assertThat(lines.get(1)).contains("info").contains("handling {\"n\":\"2\"}");
    assertThat(lines.get(2)).contains("error: ErrorRuntime: Runtime error: two (line 2, column");
    assertThat(lines.get(3)).contains(" ok ").contains(" 200 ");
    assertThat(lines.get(4)).contains("handling {\"n\":\"1\"}");

    Run errorsOnly = picloud("logs", "logger", "--status", "script_error", "--since", "10m");
    assertThat(errorsOnly.out().lines().filter(l -> !l.startsWith(" "))).hasSize(1);
    Run newest = picloud("logs", "logger", "--limit", "1", "--json");
    JsonMap one = JsonMap.of(Json.parse(newest.out().strip()));
    assertThat(one.string("status")).isEqualTo("script_error");
    assertThat(one.objects("logs")).extracting(l -> l.string("message")).containsExactly("handling");
    assertThat(picloud("logs", "logger", "--since", "soon").exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void logsFollowPrintsNewRunsUntilInterrupted() throws Exception {
    picloud("deploy", file("tailed.rhai", "log::info(`run ${ctx.request.query.n}`);\n\"ok\"").toString());
    assertThat(picloud("invoke", "tailed", "-q", "n=before").exit()).isZero();
    flushExecutionLog();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Session session =
        new Session(
            env(home),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.systemUTC());
    AtomicInteger exit = new AtomicInteger(-1);
    Thread follower = Thread.ofVirtual().start(() -> exit.set(Cli.run(session, "logs", "tailed", "--follow")));
    try {
      await(() -> err.toString(StandardCharsets.UTF_8).contains("following tailed"));
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("run before").doesNotContain("run after");
      assertThat(picloud("invoke", "tailed", "-q", "n=after").exit()).isZero();
      flushExecutionLog();
      await(() -> out.toString(StandardCharsets.UTF_8).contains("run after"));
    } finally {
      follower.interrupt();
      follower.join(10_000);
    }
    assertThat(follower.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed.indexOf("run before")).isLessThan(printed.indexOf("run after"));
    assertThat(printed.split("run after", -1)).as("printed once").hasSize(2);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 15 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void appsCommands() {
    Run created = picloud("apps", "create", "tenants", "--name", "Tenants", "--domain", "{tenant}.example.org");
    assertThat(created.exit()).as(created.err()).isZero();
    assertThat(created.out()).startsWith("created app tenants (");
    assertThat(picloud("apps", "list").out()).containsPattern("tenants +Tenants +\\{tenant}.example.org");

    Run added = picloud("apps", "domains", "tenants", "--add", "tenants.example.net");
    assertThat(added.out().lines()).containsExactlyInAnyOrder("{tenant}.example.org", "tenants.example.net");
    Run removed = picloud("apps", "domains", "tenants", "--remove", "{tenant}.example.org", "--json");
    assertThat(removed.json().strings("domains")).containsExactly("tenants.example.net");
    assertThat(picloud("apps", "domains", "tenants", "--remove", "never.example").exit()).isEqualTo(ExitCode.FAILED);

    Run duplicate = picloud("apps", "create", "tenants");
    assertThat(duplicate.exit()).isEqualTo(ExitCode.FAILED);
    assertThat(duplicate.err()).startsWith("picloud: conflict: ");
    Run duplicateJson = picloud("apps", "create", "tenants", "--json");
    assertThat(duplicateJson.json().string("error")).isEqualTo("conflict");

    assertThat(picloud("apps", "delete", "tenants").out()).isEqualTo("deleted app tenants\n");
    Run gone = picloud("apps", "delete", "tenants");
    assertThat(gone.exit()).isEqualTo(ExitCode.FAILED);
    assertThat(gone.err()).startsWith("picloud: not_found: ");
    assertThat(picloud("apps", "list", "--json").json().objects("apps")).extracting(a -> a.string("slug")).doesNotContain("tenants");
  }

  @Test
  void scriptsCommands() throws Exception {
    Path file = file("versioned.rhai", "\"one\"");
    picloud("deploy", file.toString(), "--route", "GET:/versioned");
    Files.writeString(file, "\"two\"");
    picloud("deploy", file.toString());

    assertThat(picloud("scripts", "list").out()).containsPattern("versioned +default +2 +rhai");
    assertThat(picloud("scripts", "get", "versioned", "--source").out()).isEqualTo("\"two\"\n");
    assertThat(picloud("scripts", "get", "versioned", "--version", "1", "--source").out()).isEqualTo("\"one\"\n");
    assertThat(picloud("scripts", "get", "versioned").out()).contains("name:         versioned").contains("version:      2");
    assertThat(picloud("scripts", "versions", "versioned").out()).containsPattern("2 .+current").containsPattern("\n1 ");

    Run rollback = picloud("scripts", "rollback", "versioned", "1");
    assertThat(rollback.out()).isEqualTo("versioned: rolled back to version 1, now live as version 3\n");
    assertThat(get(url + "/versioned").body()).isEqualTo("one");

    assertThat(picloud("apps", "create", "other").exit()).isZero();
    picloud("deploy", file.toString(), "--app", "other");
    Run ambiguous = picloud("scripts", "get", "versioned");
    assertThat(ambiguous.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(ambiguous.err()).contains("several apps have a script named 'versioned' (").contains("--app");
    assertThat(picloud("scripts", "delete", "versioned", "--app", "other").exit()).isZero();

    String id = picloud("scripts", "get", "versioned", "--json").json().string("id");
    assertThat(picloud("scripts", "delete", id).out()).isEqualTo("deleted script " + id + "\n");
    assertThat(get(url + "/versioned").statusCode()).isEqualTo(404);
    Run missing = picloud("scripts", "versions", "versioned");
    assertThat(missing.exit()).isEqualTo(ExitCode.FAILED);
    assertThat(missing.err()).isEqualTo("picloud: no script named 'versioned'\n");
  }

  @Test
  void routesCommands() throws Exception {
    picloud("deploy", file("items.rhai", "`item ${ctx.request.params.id}`").toString());
    Run added = picloud("routes", "add", "items", "GET:/items/:id");
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out()).contains("route GET /items/:id → items").contains(url + "/items/:id");
    assertThat(get(url + "/items/7").body()).isEqualTo("item 7");

    assertThat(picloud("routes", "list", "items").out()).containsPattern("GET +/items/:id +- +items +default");
    assertThat(picloud("routes", "list").out()).contains("/items/:id");
    assertThat(picloud("routes", "match", "GET", "/items/9").out())
        .contains("GET /items/9 → script items version 1 (app default)")
        .contains("params: id=9");
    assertThat(picloud("routes", "match", "DELETE", "/items/9").out()).contains("405").contains("allowed: GET");
    assertThat(picloud("routes", "match", "/nowhere/at/all").out()).contains("404: no route matches");
    Run conflict = picloud("routes", "add", "items", "GET:/items/:other");
    assertThat(conflict.exit()).isEqualTo(ExitCode.FAILED);
    assertThat(conflict.err()).startsWith("picloud: conflict: ");
    Run reserved = picloud("routes", "add", "items", "/api/mine");
    assertThat(reserved.err()).startsWith("picloud: reserved_path: ");

    assertThat(picloud("routes", "delete", "items", "GET:/items/:id").exit()).isZero();
    assertThat(get(url + "/items/7").statusCode()).isEqualTo(404);
    String routeId = picloud("routes", "add", "items", "/things", "--json").json().string("id");
    assertThat(picloud("routes", "delete", routeId).out()).isEqualTo("deleted route " + routeId + "\n");
    assertThat(picloud("routes", "list", "items", "--json").json().objects("routes")).isEmpty();
  }

  @Test
  void usageErrorsExit2WithAHint() throws Exception {
    Run unknown = picloud("deploy", "x.rhai", "--bogus");
    assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("Unknown option: '--bogus'").contains("Try 'picloud deploy --help'");
    assertThat(picloud("deploy", dir.resolve("missing.rhai").toString()).err()).contains("no such file");
    assertThat(picloud("deploy", file("x.py", "1").toString()).err()).contains("--language");
    Run route = picloud("deploy", file("r.rhai", "1").toString(), "--route", "GET/x");
    assertThat(route.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(route.err()).contains("not METHOD:/path");
    assertThat(picloud("invoke", "x", "-H", "no-colon").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(picloud().exit()).isEqualTo(ExitCode.USAGE);
    assertThat(picloud("routes").exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Run help = picloud("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("deploy").contains("invoke").contains("logs").contains("Exit codes:");
    assertThat(help.out()).containsPattern("3 +cannot reach the server, or not logged in");
    assertThat(help.out()).as("the wrapper's training command is hidden").doesNotContain("__cds-training");
    assertThat(picloud("deploy", "--help").out()).contains("--route=METHOD:/path").contains("Exit codes:");
    assertThat(picloud("--version").out()).startsWith("picloud ");
  }
}
