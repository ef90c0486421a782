package dev.picloud.executor;

import dev.picloud.common.catalog.GrpcScriptResolver;
import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.ConfigLoader;
import dev.picloud.common.config.SandboxSettings;
import dev.picloud.common.config.Settings;
import dev.picloud.common.lifecycle.Launcher;
import dev.picloud.common.lifecycle.TierListener;
import dev.picloud.common.lifecycle.Shutdown;
import dev.picloud.executor.invoke.SandboxPolicy;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts an executor alone: {@code Execute} over gRPC on {@code PICLOUD_EXECUTOR_GRPC_BIND}, health on {@code
 * PICLOUD_BIND}; scripts come from the manager at {@code PICLOUD_MANAGER_ADDRESS}.
 */
public final class Main {
  private static final System.Logger LOG = System.getLogger(Main.class.getName());

  private Main() {}

  /** Entry point. */
  public static void main(String[] args) {
    LogConfig.configureRuntime();
    Launcher.run("picloud-executor", Main::start);
  }

  /** Every setting the standalone executor reads. */
  static List<dev.picloud.common.config.Setting> settings() {
    List<dev.picloud.common.config.Setting> all = new ArrayList<>(ExecutorSettings.all());
    all.addAll(SandboxSettings.ALL);
    return all;
  }

  private static void start() {
    Config config = ConfigLoader.load(settings(), List.of("executor.yaml"));
    InetSocketAddress bind = Settings.bindAddress(config, CommonSettings.BIND);
    InetSocketAddress grpcBind = Settings.bindAddress(config, ExecutorSettings.GRPC_BIND);
    String manager = Settings.requiredText(config, ExecutorSettings.MANAGER_ADDRESS);
    Shutdown shutdown = Shutdown.onExit();
    GrpcScriptResolver catalog = new GrpcScriptResolver(manager, "executor");
    shutdown.register("catalog client", catalog);
    ExecutorTier executor =
        ExecutorTier.create(
            catalog,
            SandboxPolicy.from(config),
            Settings.text(config, ExecutorSettings.EXECUTOR_ID).orElseGet(Main::hostName),
            Engines.all());
    shutdown.register("executor", executor);
    WebServer server =
        TierListener.of("executor", () -> "")
            .grpcSocket(grpcBind, ExecutorSettings.GRPC_BIND, List.of(executor.grpcService()))
            .start(config, shutdown);
    LOG.log(
        Level.INFO,
        "PiCloud executor listening on {0} (gRPC), health on {1}; manager at {2}",
        Integer.toString(server.port("grpc")),
        Integer.toString(server.port()),
        manager);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "executor";
    }
  }
}
