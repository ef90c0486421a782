package dev.picloud.common.db;

import java.lang.System.Logger.Level;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** Runs a tier's Flyway migrations ({@code classpath:db/migration/<tier>}) and reports the schema version. */
public final class Migrations {
  private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

  private Migrations() {}

  /**
   * Migrates the database to the newest version found on the classpath.
   *
   * @param tier the tier whose migrations to run, e.g. {@code manager}
   * @return the schema version after migrating, e.g. {@code 3}
   */
  public static String migrate(DatabaseUrl url, String tier) {
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(url.jdbcUrl(), url.user(), url.password())
            .locations("classpath:db/migration/" + tier)
            .table("flyway_schema_history_" + tier)
            .baselineOnMigrate(false)
            .load();
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    String version = current == null ? "0" : current.getVersion().getVersion();
    LOG.log(
        Level.INFO,
        "Schema of {0} at version {1} ({2} migration(s) applied now)",
        tier,
        version,
        result.migrationsExecuted);
    return version;
  }
}
