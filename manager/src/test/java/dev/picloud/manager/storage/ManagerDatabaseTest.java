package dev.picloud.manager.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.common.catalog.RoutingTable;
import dev.picloud.common.testing.PostgresExtension;
import dev.picloud.common.testing.TestDatabase;
import dev.picloud.manager.catalog.CatalogEvents;
import dev.picloud.manager.catalog.JdbcCatalog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class ManagerDatabaseTest {

  @Test
  void migratesAFreshDatabaseAndIsIdempotent(TestDatabase db) throws Exception {
    try (ManagerDatabase first = ManagerDatabase.open(db.url(), 2, null)) {
      assertThat(first.schemaVersion()).isEqualTo("3");
    }
    try (ManagerDatabase second = ManagerDatabase.open(db.url(), 2, null)) {
      assertThat(second.schemaVersion()).isEqualTo("3");
    }
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history_manager WHERE success");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(3);
    }
  }

  @Test
  void theDefaultAppExistsAndTheCatalogReadsIt(TestDatabase db) {
    try (ManagerDatabase database = ManagerDatabase.open(db.url(), 2, null)) {
      RoutingTable table = new JdbcCatalog(database.client(), new CatalogEvents()).routingTable();
      assertThat(table.apps()).anySatisfy(app -> {
        assertThat(app.slug()).isEqualTo("default");
        assertThat(app.appId().toString()).isEqualTo("00000000-0000-7000-8000-000000000001");
      });
      assertThat(table.routes()).isEmpty();
    }
  }
}
