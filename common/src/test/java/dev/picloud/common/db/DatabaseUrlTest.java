package dev.picloud.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void parsesThePlatformUrlForm() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://app:s%40cret@db.internal:6543/picloud?sslmode=require");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/picloud?sslmode=require");
    assertThat(url.user()).isEqualTo("app");
    assertThat(url.password()).isEqualTo("s@cret");
    assertThat(url.hostAndPort()).isEqualTo("db.internal:6543");
  }

  @Test
  void defaultsThePortAndAcceptsPostgresqlScheme() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://u@localhost/x");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/x");
    assertThat(url.password()).isEmpty();
  }

  @Test
  void liftsCredentialsOutOfAJdbcUrl() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h:5432/db?user=a&password=b&ssl=false");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?ssl=false");
    assertThat(url.user()).isEqualTo("a");
    assertThat(url.password()).isEqualTo("b");
  }

  @Test
  void swapsTheDatabaseKeepingParameters() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h:5432/db?ssl=false").withDatabase("other");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/other?ssl=false");
  }

  @Test
  void neverPrintsThePassword() {
    assertThat(DatabaseUrl.parse("postgres://u:topsecret@h/db").toString()).doesNotContain("topsecret");
  }

  @Test
  void rejectsOtherSchemesAndMissingParts() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://h/db")).hasMessageContaining("expected postgres://");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://h")).hasMessageContaining("no database");
  }
}
