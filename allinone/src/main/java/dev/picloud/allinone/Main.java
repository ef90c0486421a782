package dev.picloud.allinone;

import dev.picloud.common.config.ConfigLoader;
import dev.picloud.common.lifecycle.Launcher;
import dev.picloud.common.lifecycle.Shutdown;
import dev.picloud.common.version.PlatformVersion;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import java.lang.System.Logger.Level;
import java.util.List;

/** Starts PiCloud all-in-one: {@code java -jar allinone/target/picloud.jar}. */
public final class Main {
  private static final System.Logger LOG = System.getLogger(Main.class.getName());

  private Main() {}

  /** Entry point. */
  public static void main(String[] args) {
    LogConfig.configureRuntime();
    Launcher.run(
        "picloud",
        () -> {
          long started = System.nanoTime();
          Config config = loadConfig();
          PiCloud picloud = PiCloud.start(config, Shutdown.onExit());
          LOG.log(
              Level.INFO,
              "PiCloud {0} ready on port {1} in {2} ms (schema version {3}, {4} PostgreSQL)",
              PlatformVersion.current().product(),
              Integer.toString(picloud.port()),
              Long.toString((System.nanoTime() - started) / 1_000_000),
              picloud.schemaVersion(),
              picloud.embeddedDatabase() ? "embedded" : "external");
        });
  }

  /** The all-in-one configuration: environment, then the tiers' YAML files. */
  static Config loadConfig() {
    return ConfigLoader.load(
        AllInOneSettings.all(), List.of("allinone.yaml", "manager.yaml", "orchestrator.yaml", "executor.yaml"));
  }
}
