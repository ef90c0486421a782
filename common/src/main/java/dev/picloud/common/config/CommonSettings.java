package dev.picloud.common.config;

import java.util.List;

/** Settings every launcher reads. */
public final class CommonSettings {
  private CommonSettings() {}

  /** Where the HTTP listener binds. */
  public static final Setting BIND =
      new Setting("server.bind", "PICLOUD_BIND", "0.0.0.0:8080", "Address and port of the HTTP listener (host:port).");

  /** How long a stopping listener waits for requests in flight. */
  public static final Setting SHUTDOWN_GRACE =
      new Setting(
          "server.shutdown-grace",
          "PICLOUD_SHUTDOWN_GRACE",
          "10s",
          "On SIGTERM, how long requests in flight may take to finish before the listener closes.");

  /** Where PiCloud keeps its files (embedded database, generated admin token). */
  public static final Setting DATA_DIR =
      new Setting(
          "picloud.data-dir",
          "PICLOUD_DATA_DIR",
          "./picloud-data",
          "Directory for PiCloud's own files: the embedded PostgreSQL cluster and binaries, the generated admin"
              + " token.");

  /** Where PostgreSQL is; unset means the embedded one. */
  public static final Setting DATABASE_URL =
      new Setting(
          "db.url",
          "DATABASE_URL",
          "",
          "PostgreSQL to use (postgres://user:password@host:5432/db or jdbc:postgresql://...). Unset: start the"
              + " embedded PostgreSQL under the data directory.");

  /** Size of the connection pool. */
  public static final Setting DB_POOL_SIZE =
      new Setting("db.pool-size", "PICLOUD_DB_POOL_SIZE", "10", "Maximum connections in the PostgreSQL pool.");

  /** All of the above. */
  public static final List<Setting> ALL = List.of(BIND, SHUTDOWN_GRACE, DATA_DIR, DATABASE_URL, DB_POOL_SIZE);
}
