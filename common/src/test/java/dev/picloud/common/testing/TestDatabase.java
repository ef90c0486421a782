package dev.picloud.common.testing;

import dev.picloud.common.db.Database;
import dev.picloud.common.db.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A fresh, empty PostgreSQL database owned by one test class.
 *
 * @param url where it is
 * @param name its name
 */
public record TestDatabase(DatabaseUrl url, String name) {
  /** A new plain JDBC connection to it. */
  public Connection connect() throws SQLException {
    return Database.open(url, 10);
  }
}
