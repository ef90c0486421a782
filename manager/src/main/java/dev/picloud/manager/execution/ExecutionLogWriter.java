package dev.picloud.manager.execution;

import dev.picloud.common.execlog.BatchingQueue;
import dev.picloud.common.execlog.ExecutionRecord;
import dev.picloud.common.execlog.ExecutionSink;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes execution records off the request path. {@link #offer} puts a record in a bounded {@link BatchingQueue} and
 * returns at once; its one thread waits on the queue (no polling: an idle server does no work), takes whatever has
 * accumulated (up to {@value #BATCH} records) and writes it in one batch.
 *
 * <p>When the queue is full — the database is down or slower than the traffic — new records are dropped and
 * counted ({@link Stats#dropped()}), never blocking or failing a request. A batch that cannot be written is retried
 * twice with a pause, then dropped and counted as failed.
 */
public final class ExecutionLogWriter implements ExecutionSink, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ExecutionLogWriter.class.getName());
  static final int BATCH = 500;

  private final ExecutionRepository repository;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong lastDropWarning = new AtomicLong();
  private final BatchingQueue<ExecutionRecord> queue;

  /**
   * Counters of the writer.
   *
   * @param queued waiting now
   * @param written written since start
   * @param dropped refused because the queue was full
   * @param failed lost because the database refused them
   * @param capacity queue capacity
   */
  public record Stats(long queued, long written, long dropped, long failed, int capacity) {}

  public ExecutionLogWriter(ExecutionRepository repository, int capacity) {
    this.repository = repository;
    this.queue = new BatchingQueue<>("execution-log-writer", capacity, BATCH, this::write);
  }

  @Override
  public boolean offer(ExecutionRecord record) {
    if (queue.offer(record)) {
      return true;
    }
    long now = System.currentTimeMillis();
    long last = lastDropWarning.get();
    if (now - last > 60_000 && lastDropWarning.compareAndSet(last, now)) {
      LOG.log(
          Level.WARNING,
          "Execution log queue full: records are being dropped ({0} so far)",
          Long.toString(queue.dropped()));
    }
    return false;
  }

  private void write(List<ExecutionRecord> batch) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        repository.insertAll(batch);
        written.addAndGet(batch.size());
        return;
      } catch (RuntimeException e) {
        if (attempt >= 3) {
          failed.addAndGet(batch.size());
          LOG.log(Level.WARNING, "Dropping " + batch.size() + " execution record(s): " + e.getMessage());
          return;
        }
        Thread.sleep(500L * attempt);
      }
    }
  }

  /** The counters now. */
  public Stats stats() {
    return new Stats(queue.queued(), written.get(), queue.dropped(), failed.get(), queue.capacity());
  }

  /** Waits until everything accepted so far is written or failed (tests, shutdown), at most {@code millis}. */
  public boolean flush(long millis) throws InterruptedException {
    // Counting from what was accepted, not what is still queued: a batch the writer has taken but not yet written
    // is in neither the queue nor the counters.
    long target = queue.accepted();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (written.get() + failed.get() < target && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    return written.get() + failed.get() >= target;
  }

  /** Writes what is queued (up to 5 s) and stops. */
  @Override
  public void close() throws InterruptedException {
    queue.close(5_000);
  }
}
