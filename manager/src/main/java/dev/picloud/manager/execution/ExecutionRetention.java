package dev.picloud.manager.execution;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes execution records older than the retention period: one minute after start, then every six hours, in
 * batches of 5,000 so a large backlog never holds long locks. (A timer firing four times a day is the only periodic
 * work of an idle manager.)
 */
public final class ExecutionRetention implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ExecutionRetention.class.getName());
  private static final int BATCH = 5_000;

  private final ExecutionRepository repository;
  private final Duration retention;
  private final Clock clock;
  private final ScheduledExecutorService timer;

  public ExecutionRetention(ExecutionRepository repository, Duration retention, Clock clock) {
    this.repository = repository;
    this.retention = retention;
    this.clock = clock;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "execution-retention");
              t.setDaemon(true);
              return t;
            });
  }

  /** Schedules the sweeps. */
  public ExecutionRetention start() {
    timer.scheduleWithFixedDelay(this::sweepQuietly, 1, 6 * 60, TimeUnit.MINUTES);
    return this;
  }

  /**
   * Deletes everything older than the retention period now.
   *
   * @return how many records were deleted
   */
  public long sweep() {
    Instant cutoff = clock.instant().minus(retention);
    long total = 0;
    int deleted;
    do {
      deleted = repository.deleteOlderThan(cutoff, BATCH);
      total += deleted;
    } while (deleted == BATCH);
    if (total > 0) {
      LOG.log(Level.INFO, "Deleted {0} execution record(s) older than {1}", Long.toString(total), cutoff);
    }
    return total;
  }

  private void sweepQuietly() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Execution retention sweep failed: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
