package dev.picloud.allinone;

import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.Settings;
import dev.picloud.common.lifecycle.Servers;
import dev.picloud.common.lifecycle.TierListener;
import dev.picloud.common.lifecycle.Shutdown;
import dev.picloud.executor.Engines;
import dev.picloud.executor.ExecutorTier;
import dev.picloud.executor.invoke.SandboxPolicy;
import dev.picloud.manager.ManagerTier;
import dev.picloud.manager.storage.ManagerDatabase;
import dev.picloud.orchestrator.OrchestratorTier;
import dev.picloud.orchestrator.dispatch.ExecutionRecorder;
import dev.picloud.executor.script.ScriptEngine;
import dev.picloud.manager.ManagerConfig;
import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import java.net.InetSocketAddress;

/**
 * One running all-in-one PiCloud: database, manager, executor and orchestrator wired in-process behind one HTTP
 * listener. {@link #start} is what {@link Main} runs; tests start it the same way.
 */
public final class PiCloud implements AutoCloseable {
  private final Shutdown shutdown;
  private final WebServer server;
  private final ManagerTier manager;
  private final ManagerDatabase database;

  private PiCloud(Shutdown shutdown, WebServer server, ManagerTier manager, ManagerDatabase database) {
    this.shutdown = shutdown;
    this.server = server;
    this.manager = manager;
    this.database = database;
  }

  /**
   * Starts everything. Steps are registered with {@code shutdown} as they start, so a failure half-way stops what
   * did start, and a later shutdown stops the listener first (draining requests) and the database last.
   */
  public static PiCloud start(Config config, Shutdown shutdown) {
    InetSocketAddress bind = Settings.bindAddress(config, CommonSettings.BIND);
    Servers.checkFree(bind, CommonSettings.BIND);
    try {
      ManagerDatabase database = ManagerDatabase.open(config);
      shutdown.register("database", database);
      ScriptEngine[] engines = Engines.all();
      ManagerTier manager = ManagerTier.create(database, ExecutorTier.validator(engines), ManagerConfig.from(config));
      shutdown.register("manager", manager);
      ExecutorTier executor = ExecutorTier.create(manager.catalog(), SandboxPolicy.from(config), "in-process", engines);
      shutdown.register("executor", executor);
      OrchestratorTier orchestrator =
          OrchestratorTier.create(
              config, manager.catalog(), executor.client(), new ExecutionRecorder(manager.executionSink()));
      shutdown.register("orchestrator", orchestrator);
      WebServer server =
          TierListener.of("allinone", manager::schemaVersion)
              .routes(manager::routing)
              .routes(orchestrator::routing)
              .grpcOnHttpPort(orchestrator.publicGrpcServices())
              .start(config, shutdown);
      return new PiCloud(shutdown, server, manager, database);
    } catch (RuntimeException e) {
      shutdown.run();
      throw e;
    }
  }

  /** The port the listener bound (useful with port 0). */
  public int port() {
    return server.port();
  }

  /** The database schema version. */
  public String schemaVersion() {
    return manager.schemaVersion();
  }

  /** The manager (tests flush its execution log). */
  public ManagerTier manager() {
    return manager;
  }

  /** Whether the database is the embedded PostgreSQL. */
  public boolean embeddedDatabase() {
    return database.embedded();
  }

  /** Stops everything, listener first. */
  @Override
  public void close() {
    shutdown.run();
  }
}
