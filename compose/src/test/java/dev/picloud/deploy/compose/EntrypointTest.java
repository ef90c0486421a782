package dev.picloud.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the image's entrypoint script with bash, as the container would, against a stand-in {@code java} that prints
 * its command line, and its health check against a small HTTP server.
 */
class EntrypointTest {
  @TempDir static Path javaHome;

  /** What a finished script run printed and returned. */
  record Run(int exit, String stdout, String stderr) {}

  @BeforeAll
  static void fakeJava() throws IOException {
    Path bin = Files.createDirectories(javaHome.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static Run run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", Entrypoint.SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("PICLOUD_ROLE");
    builder.environment().remove("PICLOUD_JAVA_OPTS");
    builder.environment().remove("PICLOUD_BIND");
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("PICLOUD_HOME", "/opt/picloud");
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("entrypoint did not finish: " + command);
    }
    return new Run(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "allinone, dev.picloud.allinone.Main",
    "manager, dev.picloud.manager.Main",
    "orchestrator, dev.picloud.orchestrator.Main",
    "executor, dev.picloud.executor.Main"
  })
  void eachRoleStartsItsMainClassFromTheAllInOneJar(String role, String main) throws Exception {
    Run run = run(Map.of("PICLOUD_JAVA_OPTS", "-Xmx300m -Dx=y"), role, "--extra");
    assertThat(run.exit()).as(run.stderr()).isZero();
    List<String> argv = run.stdout().lines().toList();
    assertThat(argv).containsSubsequence("-Xmx300m", "-Dx=y", "-cp", "/opt/picloud/picloud.jar", main, "--extra");
    assertThat(argv.get(argv.size() - 1)).isEqualTo("--extra");
    assertThat(argv).containsAll(Entrypoint.jvmFlags());
  }

  @Test
  void everyMainClassTheEntrypointNamesExistsInTheSources() {
    Map<String, String> roles = Entrypoint.roles();
    assertThat(roles).containsKeys("allinone", "manager", "orchestrator", "executor");
    Map<String, String> modules = Map.of("allinone", "allinone", "manager", "manager", "orchestrator", "orchestrator", "executor", "executor/server");
    modules.forEach((role, module) -> {
      Path source = Path.of("..", module, "src", "main", "java").resolve(roles.get(role).replace('.', '/') + ".java");
      assertThat(source).as(role).exists();
    });
  }

  @Test
  void usesTheLaunchersJvmFlagsAndTheOnesThePlatformNeeds() throws Exception {
    List<String> flags = Entrypoint.jvmFlags();
    assertThat(flags).contains(
        "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-XX:MaxRAMPercentage=75");
    String launcher = Files.readString(Path.of("..", "picloud"));
    String launcherFlags = launcher.substring(launcher.indexOf("jvm_flags=("), launcher.indexOf(')', launcher.indexOf("jvm_flags=(")));
    for (String flag : launcherFlags.substring("jvm_flags=(".length()).trim().split("\\s+")) {
      assertThat(flags).as("the ./picloud launcher passes " + flag).contains(flag);
    }
  }

  @Test
  void theRoleComesFromPiCloudRoleWhenNoArgumentNamesIt() throws Exception {
    assertThat(run(Map.of("PICLOUD_ROLE", "executor")).stdout()).contains("dev.picloud.executor.Main");
    assertThat(run(Map.of()).stdout()).contains("dev.picloud.allinone.Main");
    assertThat(run(Map.of("PICLOUD_ROLE", "executor"), "manager").stdout()).contains("dev.picloud.manager.Main");
  }

  @Test
  void anUnknownRoleIsRefusedWithUsage() throws Exception {
    Run run = run(Map.of(), "scheduler");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr()).contains("unknown role 'scheduler'").contains("orchestrator");
    assertThat(run.stdout()).isEmpty();
  }

  @Test
  void healthCheckPassesOnOkAndFailsOtherwise() throws Exception {
    assertThat(healthcheckAgainst(200, "ok").exit()).isZero();
    assertThat(healthcheckAgainst(503, "shutting_down").exit()).isEqualTo(1);
    assertThat(healthcheckAgainst(503, "ok").exit()).as("the status counts, not only the body").isEqualTo(1);
    assertThat(healthcheckAgainst(200, "not ok").exit()).isEqualTo(1);
  }

  @Test
  void healthCheckFailsWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Run run = run(Map.of("PICLOUD_BIND", "0.0.0.0:" + port), "healthcheck");
    assertThat(run.exit()).isEqualTo(1);
  }

  /** Serves GET /healthz with the given answer on a free loopback port; the script is told 0.0.0.0:port. */
  private static Run healthcheckAgainst(int status, String body) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/healthz", exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    try {
      return run(Map.of("PICLOUD_BIND", "0.0.0.0:" + server.getAddress().getPort()), "healthcheck");
    } finally {
      server.stop(0);
    }
  }
}
