package dev.picloud.allinone;

import dev.picloud.common.config.ConfigLoader;
import dev.picloud.common.lifecycle.Shutdown;
import dev.picloud.common.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a real all-in-one for the CLI's tests, configured as {@link Main} configures it. It lives in this package
 * (in the CLI module's test sources) to reach the package-private {@link AllInOneSettings} without widening the
 * all-in-one's API for tests.
 */
public final class AllInOneFixture {
  private AllInOneFixture() {}

  /** An all-in-one on a free port of 127.0.0.1, on the test database, with this admin token. */
  public static PiCloud start(TestDatabase db, Path dataDir, String token) {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", db.url().jdbcUrl() + (db.url().user().isEmpty() ? "" : "?user=" + db.url().user()));
    env.put("PICLOUD_BIND", "127.0.0.1:0");
    env.put("PICLOUD_DATA_DIR", dataDir.toString());
    env.put("PICLOUD_ADMIN_TOKEN", token);
    return PiCloud.start(
        ConfigLoader.load(env, AllInOneSettings.all(), List.of("allinone.yaml", "manager.yaml", "orchestrator.yaml", "executor.yaml")),
        new Shutdown(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
  }
}
