package dev.picloud.allinone;

import dev.picloud.common.config.ConfigLoader;
import dev.picloud.common.lifecycle.Shutdown;
import dev.picloud.common.testing.PostgresExtension;
import dev.picloud.common.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The core flow against the all-in-one, started in this JVM. */
@ExtendWith(PostgresExtension.class)
class CoreFlowTest extends CoreFlowContract {
  private static PiCloud picloud;

  @BeforeAll
  static void start(TestDatabase db, @TempDir Path data) {
    Map<String, String> env = settings();
    env.put("DATABASE_URL", databaseUrl(db));
    env.put("PICLOUD_BIND", "127.0.0.1:0");
    env.put("PICLOUD_DATA_DIR", data.toString());
    picloud =
        PiCloud.start(
            ConfigLoader.load(env, AllInOneSettings.all(), List.of("allinone.yaml")),
            new Shutdown(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    api = new Api(picloud.port(), TOKEN);
  }

  @AfterAll
  static void stop() {
    picloud.close();
  }
}
