package dev.picloud.common.testing;

import dev.picloud.common.config.Setting;
import dev.picloud.common.db.Database;
import dev.picloud.common.db.DatabaseUrl;
import dev.picloud.common.db.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Chooses the PostgreSQL server tests use, once per JVM: {@code PICLOUD_TEST_DATABASE_URL} (environment or system
 * property) if set; else the server on 127.0.0.1:5432 (user postgres) if one answers; else an embedded PostgreSQL
 * started for this JVM.
 */
public final class PostgresServers {
  /** Environment variable / system property naming the server tests must use. */
  public static final String URL_VARIABLE = "PICLOUD_TEST_DATABASE_URL";

  private static final DatabaseUrl LOCAL = new DatabaseUrl("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
  private static final ReentrantLock LOCK = new ReentrantLock();
  private static DatabaseUrl admin;
  private static String description;

  private PostgresServers() {}

  /** A URL of the chosen server with rights to create databases. */
  public static DatabaseUrl admin() {
    LOCK.lock();
    try {
      if (admin == null) {
        choose();
      }
      return admin;
    } finally {
      LOCK.unlock();
    }
  }

  /** Which server was chosen, for test reports. */
  public static String description() {
    admin();
    return description;
  }

  private static void choose() {
    String configured = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
    if (configured != null && !configured.isBlank()) {
      admin = DatabaseUrl.parse(configured);
      description = URL_VARIABLE + " " + admin;
      return;
    }
    if (answers(LOCAL)) {
      admin = LOCAL;
      description = "local server " + LOCAL;
      return;
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("picloud-test-pg");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(
            dir, new Setting("test.data-dir", "java.io.tmpdir", "", "embedded test database"), false);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
    admin = server.url();
    description = "embedded PostgreSQL " + admin;
  }

  private static boolean answers(DatabaseUrl url) {
    try (Connection c = Database.open(url, 2)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
