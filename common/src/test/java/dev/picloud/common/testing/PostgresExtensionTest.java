package dev.picloud.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresExtensionTest {

  @Test
  void givesAFreshEmptyDatabaseOnARealServer(TestDatabase db) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT current_database(), version(),"
          + " (SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'probe')");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(db.name());
      assertThat(rs.getString(2)).startsWith("PostgreSQL");
      assertThat(rs.getLong(3)).isZero();
    }
  }

  @Test
  void databaseTakesWritesWithJsonb(TestDatabase db) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS probe(id int PRIMARY KEY, doc jsonb)");
      s.execute("INSERT INTO probe VALUES (1, CAST('{\"a\": [1, 2]}' AS jsonb)) ON CONFLICT DO NOTHING");
      ResultSet rs = s.executeQuery("SELECT doc -> 'a' ->> 1 FROM probe WHERE id = 1");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("2");
    }
  }
}
