package dev.picloud.common.execlog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded queue drained in batches by one thread of its own. {@link #offer} never blocks: when the queue is full
 * the item is dropped and counted. The thread waits on the queue (an idle queue costs nothing), takes whatever has
 * accumulated — up to the batch size — and hands it to the consumer in one call.
 *
 * @param <T> the items
 */
public final class BatchingQueue<T> implements AutoCloseable {
  /** Handles one batch; may block (e.g. to retry). */
  @FunctionalInterface
  public interface Consumer<T> {
    /** Takes a batch. */
    void accept(List<T> batch) throws InterruptedException;
  }

  private final BlockingQueue<T> queue;
  private final int maxBatch;
  private final Consumer<T> consumer;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final Thread thread;
  private volatile boolean closing;

  /**
   * @param name the consuming thread's name
   * @param capacity items waiting at most
   * @param maxBatch items per batch at most
   */
  public BatchingQueue(String name, int capacity, int maxBatch, Consumer<T> consumer) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.maxBatch = maxBatch;
    this.consumer = consumer;
    this.thread = Thread.ofVirtual().name(name).start(this::run);
  }

  /**
   * Queues an item.
   *
   * @return false when it was dropped (full, or closing)
   */
  public boolean offer(T item) {
    if (!closing && queue.offer(item)) {
      accepted.incrementAndGet();
      return true;
    }
    dropped.incrementAndGet();
    return false;
  }

  private void run() {
    List<T> batch = new ArrayList<>(maxBatch);
    while (true) {
      try {
        T first = closing ? queue.poll() : queue.take();
        if (first == null) {
          return;
        }
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        consumer.accept(batch);
        batch.clear();
      } catch (InterruptedException e) {
        // Closing: loop once more without blocking to hand over what is still queued.
        closing = true;
        batch.clear();
      }
    }
  }

  /** Items accepted since start. */
  public long accepted() {
    return accepted.get();
  }

  /** Items dropped since start. */
  public long dropped() {
    return dropped.get();
  }

  /** Items waiting now. */
  public int queued() {
    return queue.size();
  }

  /** Items that can wait at most. */
  public int capacity() {
    return queue.size() + queue.remainingCapacity();
  }

  /**
   * Stops accepting, lets the thread hand over what is queued (waiting at most {@code millis}), then stops it.
   */
  public void close(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (!queue.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    closing = true;
    thread.interrupt();
    thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) + 1_000);
  }

  @Override
  public void close() throws InterruptedException {
    close(5_000);
  }
}
