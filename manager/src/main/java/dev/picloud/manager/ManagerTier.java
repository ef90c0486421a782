package dev.picloud.manager;

import dev.picloud.common.catalog.CatalogGrpcService;
import dev.picloud.common.catalog.ScriptResolver;
import dev.picloud.manager.catalog.CatalogEvents;
import dev.picloud.manager.catalog.JdbcCatalog;
import dev.picloud.manager.storage.ManagerDatabase;
import io.grpc.BindableService;
import io.helidon.webserver.http.HttpRouting;
import java.util.List;

/**
 * The manager, wired: its services over one database. Launchers mount {@link #routing} on their HTTP listener and
 * {@link #grpcServices} on a gRPC listener, or hand {@link #catalog} to the other tiers in-process.
 */
public final class ManagerTier {
  private final ManagerDatabase database;
  private final CatalogEvents events = new CatalogEvents();
  private final JdbcCatalog catalog;

  private ManagerTier(ManagerDatabase database) {
    this.database = database;
    this.catalog = new JdbcCatalog(database.client(), events);
  }

  /** Wires the manager over an opened, migrated database. */
  public static ManagerTier create(ManagerDatabase database) {
    return new ManagerTier(database);
  }

  /** The catalog seam, for the orchestrator and executor in the same JVM. */
  public ScriptResolver catalog() {
    return catalog;
  }

  /** The database schema version. */
  public String schemaVersion() {
    return database.schemaVersion();
  }

  /** Mounts the manager's HTTP endpoints (the admin API under /api/v1/admin). */
  public void routing(HttpRouting.Builder routing) {
    // The admin API is mounted here (issue 4).
  }

  /** The gRPC services other tiers call when they run in other processes. */
  public List<BindableService> grpcServices() {
    return List.of(new CatalogGrpcService(catalog));
  }
}
