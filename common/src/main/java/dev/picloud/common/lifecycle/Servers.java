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

  /**
   * A server builder bound to {@code address}, with TCP_NODELAY (small gRPC/HTTP messages otherwise wait ~40 ms for
   * Nagle), the shutdown grace period, and no Helidon shutdown hook (our {@link Shutdown} orders the stop).
   */
  public static WebServerConfig.Builder builder(InetSocketAddress address, Duration shutdownGrace) {
    return WebServer.builder()
        .host(address.getHostString())
        .port(address.getPort())
        .shutdownHook(false)
        .shutdownGracePeriod(shutdownGrace)
        .connectionOptions(o -> o.tcpNoDelay(true));
  }

  /**
   * Starts the server; a port already in use is a {@link ConfigException} naming {@code bindSetting}. (Helidon logs a
   * failed bind and returns a stopped server rather than throwing, so the port is checked first and the result after.)
   */
  public static WebServer start(WebServerConfig.Builder builder, Setting bindSetting) {
    String where = builder.host() + ":" + builder.port();
    if (builder.port() != 0) {
      try (ServerSocket probe = new ServerSocket()) {
        probe.setReuseAddress(true);
        probe.bind(new InetSocketAddress(builder.host(), builder.port()));
      } catch (IOException e) {
        throw new ConfigException(bindSetting, "cannot listen on " + where + " (" + e.getMessage() + ")", e);
      }
    }
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

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
