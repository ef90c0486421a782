package dev.picloud.manager.storage;

import dev.picloud.common.config.CommonSettings;
import dev.picloud.common.config.ConfigException;
import dev.picloud.common.config.Settings;
import dev.picloud.common.db.Database;
import dev.picloud.common.db.DatabaseUrl;
import dev.picloud.common.db.EmbeddedPostgresServer;
import dev.picloud.common.db.Migrations;
import io.helidon.config.Config;
import io.helidon.dbclient.DbClient;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;

/**
 * The manager's PostgreSQL, ready to use: the external server named by {@code DATABASE_URL}, or else an embedded one
 * under the data directory (database {@code picloud}); migrated to the newest schema; with a connection pool.
 */
public final class ManagerDatabase implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ManagerDatabase.class.getName());
  private static final String EMBEDDED_DATABASE = "picloud";

  private final DbClient client;
  private final DatabaseUrl url;
  private final String schemaVersion;
  private final EmbeddedPostgresServer embedded;

  private ManagerDatabase(DbClient client, DatabaseUrl url, String schemaVersion, EmbeddedPostgresServer embedded) {
    this.client = client;
    this.url = url;
    this.schemaVersion = schemaVersion;
    this.embedded = embedded;
  }

  /** Opens (and if needed starts) the database named by the configuration, then migrates it. */
  public static ManagerDatabase open(Config config) {
    Optional<String> configured = Settings.text(config, CommonSettings.DATABASE_URL);
    int poolSize = Settings.integer(config, CommonSettings.DB_POOL_SIZE, 1, 500);
    if (configured.isPresent()) {
      DatabaseUrl url;
      try {
        url = DatabaseUrl.parse(configured.get());
      } catch (IllegalArgumentException e) {
        throw new ConfigException(CommonSettings.DATABASE_URL, e.getMessage());
      }
      Database.probe(url, CommonSettings.DATABASE_URL);
      LOG.log(Level.INFO, "Using PostgreSQL at {0}", url);
      return open(url, poolSize, null);
    }
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(Settings.path(config, CommonSettings.DATA_DIR), CommonSettings.DATA_DIR, true);
    try {
      DatabaseUrl url = server.url().withDatabase(EMBEDDED_DATABASE);
      createIfMissing(server.url(), EMBEDDED_DATABASE);
      return open(url, poolSize, server);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** Migrates and pools an already reachable database (tests use this with their own database). */
  public static ManagerDatabase open(DatabaseUrl url, int poolSize, EmbeddedPostgresServer embedded) {
    String version;
    try {
      version = Migrations.migrate(url, "manager");
    } catch (FlywayException e) {
      throw new ConfigException(
          CommonSettings.DATABASE_URL, "migrating the schema failed: " + firstLine(e.getMessage()), e);
    }
    return new ManagerDatabase(Database.client(url, poolSize), url, version, embedded);
  }

  private static void createIfMissing(DatabaseUrl admin, String name) {
    try (Connection c = Database.open(admin, 10);
        Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
      if (!rs.next()) {
        s.execute("CREATE DATABASE " + name);
        LOG.log(Level.INFO, "Created database {0} in the embedded PostgreSQL", name);
      }
    } catch (SQLException e) {
      throw new ConfigException(CommonSettings.DATA_DIR, "cannot create database " + name + ": " + e.getMessage(), e);
    }
  }

  /** The pooled client. */
  public DbClient client() {
    return client;
  }

  /** Where the database is. */
  public DatabaseUrl url() {
    return url;
  }

  /** The schema version after migrating, e.g. {@code 2}. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** Whether this is the embedded PostgreSQL. */
  public boolean embedded() {
    return embedded != null;
  }

  /** Closes the pool, then stops the embedded server if there is one. */
  @Override
  public void close() {
    client.close();
    if (embedded != null) {
      embedded.close();
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String trimmed = message.strip();
    int nl = trimmed.indexOf('\n');
    return nl < 0 ? trimmed : trimmed.substring(0, nl);
  }
}
