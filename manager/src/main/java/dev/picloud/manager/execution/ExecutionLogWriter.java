package dev.picloud.manager.execution;

import dev.picloud.common.execlog.ExecutionRecord;
import dev.picloud.common.execlog.ExecutionSink;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes execution records off the request path. {@link #offer} puts a record in a bounded queue and returns at once;
 * one writer thread waits on the queue (no polling: an idle server does no work), takes whatever has accumulated (up
 * to {@value #BATCH} records) and writes it in one batch.
 *
 * <p>When the queue is full — the database is down or slower than the traffic — new records are dropped and
 * counted ({@link Stats#dropped()}), never blocking or failing a request. A batch that cannot be written is retried
 * twice with a pause, then dropped and counted as failed.
 */
public final class ExecutionLogWriter implements ExecutionSink, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ExecutionLogWriter.class.getName());
  static final int BATCH = 500;

  private final ExecutionRepository repository;
  private final BlockingQueue<ExecutionRecord> queue;
  /** Records taken into the queue since start; each ends up written or failed. */
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong lastDropWarning = new AtomicLong();
  private final Thread writer;
  private volatile boolean closing;

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
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.writer = Thread.ofVirtual().name("execution-log-writer").start(this::run);
  }

  @Override
  public boolean offer(ExecutionRecord record) {
    if (!closing && queue.offer(record)) {
      accepted.incrementAndGet();
      return true;
    }
    dropped.incrementAndGet();
    long now = System.currentTimeMillis();
    long last = lastDropWarning.get();
    if (now - last > 60_000 && lastDropWarning.compareAndSet(last, now)) {
      LOG.log(
          Level.WARNING,
          "Execution log queue full: records are being dropped ({0} so far)",
          Long.toString(dropped.get()));
    }
    return false;
  }

  private void run() {
    List<ExecutionRecord> batch = new ArrayList<>(BATCH);
    while (true) {
      try {
        ExecutionRecord first = closing ? queue.poll() : queue.take();
        if (first == null) {
          return;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        write(batch);
        batch.clear();
      } catch (InterruptedException e) {
        if (queue.isEmpty()) {
          return;
        }
        closing = true;
      }
    }
  }

  private void write(List<ExecutionRecord> batch) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        repository.insertAll(batch);
        written.addAndGet(batch.size());
        return;
      } catch (RuntimeException e) {
        if (attempt >= 3 || closing) {
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
    return new Stats(
        queue.size(), written.get(), dropped.get(), failed.get(), queue.size() + queue.remainingCapacity());
  }

  /** Waits until everything accepted so far is written or failed (tests, shutdown), at most {@code millis}. */
  public boolean flush(long millis) throws InterruptedException {
    // Counting from what was accepted, not what is still queued: a batch the writer has taken but not yet written
    // is in neither the queue nor the counters.
    long target = accepted.get();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (written.get() + failed.get() < target && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    return written.get() + failed.get() >= target;
  }

  /** Stops taking records, writes what is queued (up to 5 s), and stops the writer. */
  @Override
  public void close() throws InterruptedException {
    flush(5_000);
    closing = true;
    writer.interrupt();
    writer.join(5_000);
  }
}
