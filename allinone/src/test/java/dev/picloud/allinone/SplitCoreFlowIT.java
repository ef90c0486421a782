package dev.picloud.allinone;

import dev.picloud.common.testing.PostgresExtension;
import dev.picloud.common.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The same core flow as the all-in-one, against manager, orchestrator and two executors in separate JVMs. */
@ExtendWith(PostgresExtension.class)
class SplitCoreFlowIT extends CoreFlowContract {
  private static Cluster cluster;

  @BeforeAll
  static void start(TestDatabase db, @TempDir Path dir) {
    cluster = Cluster.start(databaseUrl(db), dir, settings(), 2);
    api = cluster.api;
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }
}
