package dev.picloud.manager;

import dev.picloud.common.catalog.CatalogGrpcService;
import dev.picloud.common.catalog.ScriptResolver;
import dev.picloud.common.exec.ScriptValidator;
import dev.picloud.common.execlog.ExecutionLogGrpcService;
import dev.picloud.common.execlog.ExecutionSink;
import dev.picloud.manager.app.AppService;
import dev.picloud.manager.app.AppsApi;
import dev.picloud.manager.app.JdbcAppRepository;
import dev.picloud.manager.auth.AdminAuthFilter;
import dev.picloud.manager.catalog.CatalogEvents;
import dev.picloud.manager.catalog.JdbcCatalog;
import dev.picloud.manager.dashboard.DashboardFiles;
import dev.picloud.manager.dashboard.DashboardService;
import dev.picloud.manager.execution.ExecutionLogWriter;
import dev.picloud.manager.execution.ExecutionRetention;
import dev.picloud.manager.execution.ExecutionsApi;
import dev.picloud.manager.execution.JdbcExecutionRepository;
import dev.picloud.manager.route.JdbcRouteRepository;
import dev.picloud.manager.route.RouteService;
import dev.picloud.manager.route.RoutesApi;
import dev.picloud.manager.script.JdbcScriptRepository;
import dev.picloud.manager.script.ScriptService;
import dev.picloud.manager.script.ScriptsApi;
import dev.picloud.manager.storage.ManagerDatabase;
import io.grpc.BindableService;
import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;
import java.util.List;

/**
 * The manager, wired: its services over one database. Launchers mount {@link #routing} on their HTTP listener and
 * {@link #grpcServices} on a gRPC listener, or hand {@link #catalog} and {@link #executionSink} to the other tiers
 * in-process.
 */
public final class ManagerTier implements AutoCloseable {
  /** Where the admin API lives. */
  public static final String ADMIN_API = "/api/v1/admin";

  private final ManagerDatabase database;
  private final ManagerConfig config;
  private final JdbcCatalog catalog;
  private final ExecutionLogWriter executionLog;
  private final ExecutionRetention retention;
  private final AppsApi appsApi;
  private final ScriptsApi scriptsApi;
  private final RoutesApi routesApi;
  private final ExecutionsApi executionsApi;
  private final DashboardService dashboard;

  private ManagerTier(ManagerDatabase database, ScriptValidator validator, ManagerConfig config) {
    this.database = database;
    this.config = config;
    CatalogEvents events = new CatalogEvents();
    this.catalog = new JdbcCatalog(database.client(), events);
    AppService apps = new AppService(new JdbcAppRepository(database.client()), events);
    ScriptService scripts =
        new ScriptService(new JdbcScriptRepository(database.client()), validator, config.scriptDefaults(), events);
    RouteService routes = new RouteService(new JdbcRouteRepository(database.client()), scripts, catalog, events);
    JdbcExecutionRepository executions = new JdbcExecutionRepository(database.client());
    this.executionLog = new ExecutionLogWriter(executions, config.executionLogQueue());
    this.retention = new ExecutionRetention(executions, config.executionRetention(), Clock.systemUTC()).start();
    this.appsApi = new AppsApi(apps);
    this.scriptsApi = new ScriptsApi(scripts, apps);
    this.routesApi = new RoutesApi(routes);
    this.executionsApi = new ExecutionsApi(executions, apps, executionLog);
    this.dashboard =
        new DashboardService(DashboardFiles.fromClasspath(ManagerTier.class.getClassLoader(), DashboardFiles.CLASSPATH_ROOT));
  }

  /** Wires the manager over an opened, migrated database. */
  public static ManagerTier create(ManagerDatabase database, ScriptValidator validator, ManagerConfig config) {
    return new ManagerTier(database, validator, config);
  }

  /** The catalog seam, for the orchestrator and executor in the same JVM. */
  public ScriptResolver catalog() {
    return catalog;
  }

  /** Where the orchestrator reports runs, in the same JVM. */
  public ExecutionSink executionSink() {
    return executionLog;
  }

  /** The execution-log writer (stats, flush in tests). */
  public ExecutionLogWriter executionLog() {
    return executionLog;
  }

  /** The database schema version. */
  public String schemaVersion() {
    return database.schemaVersion();
  }

  /**
   * Mounts the admin API under {@value #ADMIN_API}, behind the admin token, and the dashboard under {@value
   * DashboardService#MOUNT} (static files; it signs in against the API with the same token).
   */
  public void routing(HttpRouting.Builder routing) {
    routing.addFilter(new AdminAuthFilter(config.adminToken()));
    routing.register(ADMIN_API, appsApi, scriptsApi, routesApi, executionsApi);
    routing.register(DashboardService.MOUNT, dashboard);
  }

  /** The gRPC services other tiers call when they run in other processes. */
  public List<BindableService> grpcServices() {
    return List.of(new CatalogGrpcService(catalog), new ExecutionLogGrpcService(executionLog));
  }

  /** Writes out queued execution records and stops the background work. */
  @Override
  public void close() throws InterruptedException {
    retention.close();
    executionLog.close();
  }
}
