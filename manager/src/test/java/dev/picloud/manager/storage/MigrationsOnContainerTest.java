package dev.picloud.manager.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.common.db.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The migrations on the oldest PostgreSQL we support (13), in a container. Runs only where a Docker engine is
 * available; elsewhere JUnit reports it skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class MigrationsOnContainerTest {
  @Container static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:13-alpine");

  @Test
  void migratesPostgres13() {
    DatabaseUrl url = new DatabaseUrl(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    try (ManagerDatabase db = ManagerDatabase.open(url, 2, null)) {
      assertThat(db.schemaVersion()).isEqualTo("3");
    }
  }
}
