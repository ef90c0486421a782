package dev.picloud.common.lifecycle;

import dev.picloud.common.config.ConfigException;
import dev.picloud.common.config.Setting;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;

/** Builds and starts Helidon listeners the way every tier needs them. */
public final class Servers {
  private Servers() {}

  /** How long Helidon itself waits when closing a listener; requests in flight were drained before (see below). */
  private static final Duration LISTENER_CLOSE_GRACE = Duration.ofMillis(200);

  /**
   * A server builder bound to {@code address}, with TCP_NODELAY (small gRPC/HTTP messages otherwise wait ~40 ms for
   * Nagle) and no Helidon shutdown hook (our {@link Shutdown} orders the stop). Add {@link RequestDrain#filter()} to
   * its routing and stop it with {@link #stopper}.
   */
  public static WebServerConfig.Builder builder(InetSocketAddress address) {
    return WebServer.builder()
        .host(address.getHostString())
        .port(address.getPort())
        .shutdownHook(false)
        .shutdownGracePeriod(LISTENER_CLOSE_GRACE)
        .connectionOptions(o -> o.tcpNoDelay(true));
  }

  /**
   * The shutdown step of a server: refuse new requests, wait up to {@code grace} for those in flight, then close the
   * listeners.
   */
  public static AutoCloseable stopper(WebServer server, RequestDrain drain, Duration grace) {
    return () -> {
      if (!drain.drain(grace)) {
        System.err.println(
            "picloud: " + drain.inFlight() + " request(s) still running after " + grace.toMillis() + " ms; closing");
      }
      server.stop();
    };
  }

  /**
   * Starts the server; a port already in use is a {@link ConfigException} naming {@code bindSetting}. (Helidon logs a
   * failed bind and returns a stopped server rather than throwing, so the port is checked first and the result after.)
   */
  public static WebServer start(WebServerConfig.Builder builder, Setting bindSetting) {
    String where = builder.host() + ":" + builder.port();
    checkFree(InetSocketAddress.createUnresolved(builder.host(), builder.port()), bindSetting);
    WebServer server;
    try {
      server = builder.build().start();
    } catch (UncheckedIOException | IllegalStateException e) {
      if (rootCause(e) instanceof BindException be) {
        throw new ConfigException(bindSetting, "cannot listen on " + where + " (" + be.getMessage() + ")", e);
      }
      throw e;
    }
    if (!server.isRunning()) {
      throw new ConfigException(bindSetting, "the listener on " + where + " failed to start (see the log above)");
    }
    return server;
  }

  /** Fails with a {@link ConfigException} naming {@code setting} when {@code address} cannot be bound now. */
  public static void checkFree(InetSocketAddress address, Setting setting) {
    if (address.getPort() == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(address.getHostString(), address.getPort()));
    } catch (IOException e) {
      throw new ConfigException(
          setting,
          "cannot listen on " + address.getHostString() + ":" + address.getPort() + " (" + e.getMessage() + ")",
          e);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
