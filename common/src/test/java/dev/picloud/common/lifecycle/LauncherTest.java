package dev.picloud.common.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.common.config.ConfigException;
import dev.picloud.common.config.Setting;
import io.helidon.webserver.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {
  private static final Setting BIND = new Setting("server.bind", "PICLOUD_BIND", "0.0.0.0:8080", "where");

  @Test
  void configErrorsPrintOneLineAndExitTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Launcher.runForStatus(
            "picloud",
            () -> {
              throw new ConfigException(BIND, "port 1 is in use");
            },
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(Launcher.EXIT_CONFIG);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("picloud: configuration error: PICLOUD_BIND (server.bind): port 1 is in use" + System.lineSeparator());
  }

  @Test
  void otherFailuresExitOne() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Launcher.runForStatus(
            "picloud",
            () -> {
              throw new IllegalStateException("boom");
            },
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(Launcher.EXIT_FAILURE);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("picloud: failed to start: boom");
  }

  @Test
  void aPortInUseNamesTheBindSetting() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
      InetSocketAddress address = InetSocketAddress.createUnresolved("127.0.0.1", taken.getLocalPort());
      assertThatThrownBy(() -> Servers.start(Servers.builder(address), BIND))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("PICLOUD_BIND (server.bind): cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void shutdownRunsStepsInReverseOrderOnce() {
    List<String> order = new ArrayList<>();
    Shutdown shutdown = new Shutdown();
    shutdown.register("database", () -> order.add("database"));
    shutdown.register("listener", () -> order.add("listener"));
    shutdown.run();
    shutdown.run();
    assertThat(order).containsExactly("listener", "database");
  }

  @Test
  void startedServersServe() {
    WebServer server =
        Servers.start(
            Servers.builder(InetSocketAddress.createUnresolved("127.0.0.1", 0))
                .routing(r -> r.get("/", (req, res) -> res.send("hi"))),
            BIND);
    try {
      assertThat(server.isRunning()).isTrue();
      assertThat(server.port()).isPositive();
    } finally {
      server.stop();
    }
  }
}
