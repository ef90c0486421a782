package dev.picloud.common.db;

import dev.picloud.common.config.ConfigException;
import dev.picloud.common.config.Setting;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.dbclient.DbClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Connects to PostgreSQL: a fail-fast probe with a clear message, then the pooled Helidon {@link DbClient}. */
public final class Database {
  private Database() {}

  /**
   * Opens one connection and closes it, so that a wrong URL, a refused connection or bad credentials fail at startup
   * with one line naming the setting.
   */
  public static void probe(DatabaseUrl url, Setting setting) {
    try (Connection c = open(url, 5)) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new ConfigException(
          setting, "cannot connect to PostgreSQL at " + url.hostAndPort() + " (" + firstLine(e) + ")", e);
    }
  }

  /** A plain JDBC connection with a login timeout in seconds (tests and migrations use it). */
  public static Connection open(DatabaseUrl url, int loginTimeoutSeconds) throws SQLException {
    Properties props = new Properties();
    if (!url.user().isEmpty()) {
      props.setProperty("user", url.user());
    }
    if (!url.password().isEmpty()) {
      props.setProperty("password", url.password());
    }
    props.setProperty("connectTimeout", Integer.toString(loginTimeoutSeconds));
    props.setProperty("loginTimeout", Integer.toString(loginTimeoutSeconds));
    return DriverManager.getConnection(url.jdbcUrl(), props);
  }

  /**
   * The pooled client (Hikari) the manager uses for all data access.
   *
   * @param poolSize maximum connections in the pool
   */
  public static DbClient client(DatabaseUrl url, int poolSize) {
    Map<String, String> cfg = new HashMap<>();
    cfg.put("db.source", "jdbc");
    cfg.put("db.connection.url", url.jdbcUrl());
    cfg.put("db.connection.username", url.user());
    cfg.put("db.connection.password", url.password());
    cfg.put("db.connection.maximumPoolSize", Integer.toString(poolSize));
    cfg.put("db.connection.minimumIdle", "1");
    cfg.put("db.connection.poolName", "picloud");
    cfg.put("db.connection.connectionTimeout", "10000");
    Config config =
        Config.builder()
            .disableEnvironmentVariablesSource()
            .disableSystemPropertiesSource()
            .addSource(ConfigSources.create(cfg))
            .build();
    return DbClient.create(config.get("db"));
  }

  private static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
