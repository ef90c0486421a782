package dev.picloud.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.common.config.ConfigException;
import dev.picloud.common.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {
  private static final Setting DATA_DIR = new Setting("picloud.data-dir", "PICLOUD_DATA_DIR", "", "data");

  @Test
  void keepsDataAcrossARestart(@TempDir Path dir) throws Exception {
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir, DATA_DIR, false);
        Connection c = Database.open(first.url(), 10);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE kept(v text)");
      s.execute("INSERT INTO kept VALUES ('still here')");
    }
    assertThat(dir.resolve("postgres/PG_VERSION")).exists();

    try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dir, DATA_DIR, false);
        Connection c = Database.open(second.url(), 10);
        Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT v FROM kept");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("still here");
    }
  }

  @Test
  void anUnwritableDataDirectoryIsAOneLineConfigError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    assertThatThrownBy(() -> EmbeddedPostgresServer.start(file, DATA_DIR, false))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("PICLOUD_DATA_DIR (picloud.data-dir): cannot create")
        .hasMessageNotContaining("\n");
  }
}
