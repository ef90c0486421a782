package dev.picloud.common.lifecycle;

import dev.picloud.common.config.ConfigException;
import java.io.PrintStream;
import java.lang.System.Logger.Level;

/**
 * Runs a launcher's startup. A {@link ConfigException} prints one line naming the setting and the problem and exits
 * with status 2; any other startup failure prints one line and exits with status 1 (its stack trace goes to the log).
 */
public final class Launcher {
  private static final System.Logger LOG = System.getLogger(Launcher.class.getName());

  /** Exit status for bad configuration or environment. */
  public static final int EXIT_CONFIG = 2;

  /** Exit status for any other startup failure. */
  public static final int EXIT_FAILURE = 1;

  private Launcher() {}

  /** A startup body that may fail. */
  @FunctionalInterface
  public interface Startup {
    /** Starts everything; returns once the process is serving. */
    void start();
  }

  /** Runs {@code startup}; on failure prints one line to stderr and exits. */
  public static void run(String name, Startup startup) {
    int status = runForStatus(name, startup, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** As {@link #run} without exiting: returns the exit status (0 when started). */
  static int runForStatus(String name, Startup startup, PrintStream err) {
    try {
      startup.start();
      return 0;
    } catch (ConfigException e) {
      err.println(name + ": configuration error: " + e.getMessage());
      LOG.log(Level.DEBUG, "Startup failed", e);
      return EXIT_CONFIG;
    } catch (RuntimeException e) {
      err.println(name + ": failed to start: " + describe(e));
      LOG.log(Level.ERROR, "Startup failed", e);
      return EXIT_FAILURE;
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
