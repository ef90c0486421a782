package dev.picloud.manager;

import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.ConfigLoader;
import dev.picloud.common.config.Settings;
import dev.picloud.common.config.ConfigException;
import dev.picloud.common.exec.ExecutorEndpoints;
import dev.picloud.common.exec.GrpcExecutorPool;
import java.time.Duration;
import dev.picloud.common.lifecycle.Launcher;
import dev.picloud.common.lifecycle.TierListener;
import dev.picloud.common.lifecycle.Shutdown;
import dev.picloud.manager.storage.ManagerDatabase;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.List;

/** Starts the manager alone: admin HTTP API on {@code PICLOUD_BIND}, catalog gRPC on {@code PICLOUD_MANAGER_GRPC_BIND}. */
public final class Main {
  private static final System.Logger LOG = System.getLogger(Main.class.getName());

  private Main() {}

  /** Entry point. */
  public static void main(String[] args) {
    LogConfig.configureRuntime();
    Launcher.run("picloud-manager", Main::start);
  }

  private static void start() {
    Config config = ConfigLoader.load(ManagerSettings.all(), List.of("manager.yaml"));
    InetSocketAddress bind = Settings.bindAddress(config, CommonSettings.BIND);
    InetSocketAddress grpcBind = Settings.bindAddress(config, ManagerSettings.GRPC_BIND);
    Shutdown shutdown = Shutdown.onExit();
    ManagerDatabase database = ManagerDatabase.open(config);
    shutdown.register("database", database);
    GrpcExecutorPool validator;
    try {
      validator =
          new GrpcExecutorPool(
              ExecutorEndpoints.parse(Settings.requiredText(config, ManagerSettings.EXECUTORS)), Duration.ofSeconds(30));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(ManagerSettings.EXECUTORS, e.getMessage());
    }
    shutdown.register("executor pool", validator);
    ManagerTier manager = ManagerTier.create(database, validator, ManagerConfig.from(config));
    shutdown.register("manager", manager);
    WebServer server =
        TierListener.of("manager", manager::schemaVersion)
            .routes(manager::routing)
            .grpcSocket(grpcBind, ManagerSettings.GRPC_BIND, manager.grpcServices())
            .start(config, shutdown);
    LOG.log(
        Level.INFO,
        "PiCloud manager listening on {0}:{1} (HTTP) and {2}:{3} (gRPC), schema version {4}",
        bind.getHostString(),
        Integer.toString(server.port()),
        grpcBind.getHostString(),
        Integer.toString(server.port("grpc")),
        manager.schemaVersion());
  }
}
