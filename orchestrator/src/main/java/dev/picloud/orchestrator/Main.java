package dev.picloud.orchestrator;

import dev.picloud.common.catalog.GrpcScriptResolver;
import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.ConfigLoader;
import dev.picloud.common.config.Settings;
import dev.picloud.common.config.ConfigException;
import dev.picloud.common.exec.ExecutorEndpoints;
import dev.picloud.common.exec.GrpcExecutorPool;
import dev.picloud.common.execlog.GrpcExecutionSink;
import dev.picloud.common.lifecycle.Launcher;
import dev.picloud.common.lifecycle.TierListener;
import dev.picloud.common.lifecycle.Shutdown;
import dev.picloud.orchestrator.dispatch.ExecutionRecorder;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Starts an orchestrator alone: HTTP ingress and the public gRPC API ({@code picloud.v1.Invoke}, same port) on {@code
 * PICLOUD_BIND}; the catalog from the manager at {@code PICLOUD_MANAGER_ADDRESS}, execution records sent back there;
 * scripts run on the executors at {@code PICLOUD_EXECUTORS}.
 */
public final class Main {
  private static final System.Logger LOG = System.getLogger(Main.class.getName());

  private Main() {}

  /** Entry point. */
  public static void main(String[] args) {
    LogConfig.configureRuntime();
    Launcher.run("picloud-orchestrator", Main::start);
  }

  private static void start() {
    Config config = ConfigLoader.load(OrchestratorSettings.all(), List.of("orchestrator.yaml"));
    InetSocketAddress bind = Settings.bindAddress(config, CommonSettings.BIND);
    String manager = Settings.requiredText(config, OrchestratorSettings.MANAGER_ADDRESS);
    String executors = Settings.requiredText(config, OrchestratorSettings.EXECUTORS);
    Shutdown shutdown = Shutdown.onExit();
    GrpcScriptResolver catalog = new GrpcScriptResolver(manager, "orchestrator");
    shutdown.register("catalog client", catalog);
    ExecutorEndpoints endpoints;
    try {
      endpoints = ExecutorEndpoints.parse(executors);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(OrchestratorSettings.EXECUTORS, e.getMessage());
    }
    GrpcExecutorPool executor = new GrpcExecutorPool(endpoints, Duration.ofSeconds(30));
    shutdown.register("executor pool", executor);
    GrpcExecutionSink executionLog = new GrpcExecutionSink(manager, "orchestrator", 10_000);
    shutdown.register("execution log sender", executionLog);
    OrchestratorTier orchestrator =
        OrchestratorTier.create(config, catalog, executor, new ExecutionRecorder(executionLog));
    shutdown.register("orchestrator", orchestrator);
    WebServer server =
        TierListener.of("orchestrator", () -> "")
            .routes(orchestrator::routing)
            .grpcOnHttpPort(orchestrator.publicGrpcServices())
            .start(config, shutdown);
    LOG.log(Level.INFO, "PiCloud orchestrator listening on {0}; manager {1}; executors {2}", Integer.toString(server.port()), manager, executors);
  }
}
