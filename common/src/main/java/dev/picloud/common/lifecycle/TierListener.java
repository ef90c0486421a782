package dev.picloud.common.lifecycle;

import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.Setting;
import dev.picloud.common.config.Settings;
import dev.picloud.common.grpc.GrpcServices;
import dev.picloud.common.web.HttpErrors;
import dev.picloud.common.web.PlatformEndpoints;
import io.grpc.BindableService;
import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The listener every launcher starts, built one way: HTTP on {@code PICLOUD_BIND} with the drain filter, the JSON
 * error mapping, {@code /healthz} and {@code /version}, then the tier's routes; optionally gRPC services on the same
 * port and a second, gRPC-only socket; stopped by the launcher's {@link Shutdown} with a drain first.
 */
public final class TierListener {
  private final String tier;
  private final Supplier<String> schemaVersion;
  private final List<Consumer<HttpRouting.Builder>> routes = new ArrayList<>();
  private final List<BindableService> sharedGrpc = new ArrayList<>();
  private final List<BindableService> socketGrpc = new ArrayList<>();
  private InetSocketAddress grpcAddress;
  private Setting grpcSetting;

  private TierListener(String tier, Supplier<String> schemaVersion) {
    this.tier = tier;
    this.schemaVersion = schemaVersion;
  }

  /**
   * A listener for a tier.
   *
   * @param tier the name {@code /version} reports
   * @param schemaVersion the database schema version, or empty where the process has none
   */
  public static TierListener of(String tier, Supplier<String> schemaVersion) {
    return new TierListener(tier, schemaVersion);
  }

  /** Adds HTTP routes (mounted in the order added, after the platform endpoints). */
  public TierListener routes(Consumer<HttpRouting.Builder> tierRoutes) {
    routes.add(tierRoutes);
    return this;
  }

  /** Serves gRPC services on the HTTP port too (HTTP/1.1 and HTTP/2 on one listener). */
  public TierListener grpcOnHttpPort(List<BindableService> services) {
    sharedGrpc.addAll(services);
    return this;
  }

  /** Serves gRPC services on a socket of their own. */
  public TierListener grpcSocket(InetSocketAddress address, Setting setting, List<BindableService> services) {
    this.grpcAddress = address;
    this.grpcSetting = setting;
    socketGrpc.addAll(services);
    return this;
  }

  /** Binds and starts, and registers the drain-then-stop step with {@code shutdown}. */
  public WebServer start(Config config, Shutdown shutdown) {
    InetSocketAddress bind = Settings.bindAddress(config, CommonSettings.BIND);
    if (grpcAddress != null) {
      Servers.checkFree(grpcAddress, grpcSetting);
    }
    RequestDrain drain = new RequestDrain();
    List<io.grpc.ServerInterceptor> interceptors = List.of(drain.grpcInterceptor());
    WebServerConfig.Builder builder =
        Servers.builder(bind)
            .routing(
                r -> {
                  r.addFilter(drain.filter());
                  HttpErrors.register(r);
                  PlatformEndpoints.register(r, tier, schemaVersion);
                  routes.forEach(route -> route.accept(r));
                });
    if (!sharedGrpc.isEmpty()) {
      builder.addRouting(GrpcServices.routing(interceptors, sharedGrpc.toArray(BindableService[]::new)));
    }
    if (grpcAddress != null) {
      builder.putSocket(
          "grpc",
          s ->
              s.host(grpcAddress.getHostString())
                  .port(grpcAddress.getPort())
                  .connectionOptions(o -> o.tcpNoDelay(true))
                  .addRouting(GrpcServices.routing(interceptors, socketGrpc.toArray(BindableService[]::new))));
    }
    WebServer server = Servers.start(builder, CommonSettings.BIND);
    shutdown.register(
        "listeners", Servers.stopper(server, drain, Settings.duration(config, CommonSettings.SHUTDOWN_GRACE)));
    return server;
  }
}
