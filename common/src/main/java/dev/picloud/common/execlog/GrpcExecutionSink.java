package dev.picloud.common.execlog;

import dev.picloud.common.grpc.RotatingChannel;
import dev.picloud.proto.v1.ExecutionBatch;
import dev.picloud.proto.v1.ExecutionLogGrpc;
import dev.picloud.proto.v1.RecordAck;
import io.grpc.StatusRuntimeException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends execution records to the manager over gRPC, off the request path: {@link #offer} queues (bounded; a full
 * queue drops and counts), one sender thread waits on the queue and ships whatever has accumulated in one call.
 * While the manager is unreachable a batch is retried with backoff; after that the batch is dropped and counted.
 */
public final class GrpcExecutionSink implements ExecutionSink, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(GrpcExecutionSink.class.getName());
  private static final int BATCH = 500;

  private final String target;
  private final String sender;
  private final RotatingChannel channel;
  private final BlockingQueue<ExecutionRecord> queue;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final Thread thread;
  private volatile boolean closing;

  public GrpcExecutionSink(String target, String sender, int capacity) {
    this.target = target;
    this.sender = sender;
    this.channel = new RotatingChannel(target);
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = Thread.ofVirtual().name("execution-log-sender").start(this::run);
  }

  @Override
  public boolean offer(ExecutionRecord record) {
    if (!closing && queue.offer(record)) {
      return true;
    }
    dropped.incrementAndGet();
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
        send(batch);
        batch.clear();
      } catch (InterruptedException e) {
        if (queue.isEmpty() && batch.isEmpty()) {
          return;
        }
        closing = true;
      }
    }
  }

  private void send(List<ExecutionRecord> batch) throws InterruptedException {
    ExecutionBatch.Builder message = ExecutionBatch.newBuilder().setSender(sender);
    batch.forEach(r -> message.addRecords(ExecutionRecordMapper.toProto(r)));
    ExecutionBatch built = message.build();
    long backoff = 200;
    for (int attempt = 1; ; attempt++) {
      try {
        RecordAck ack =
            ExecutionLogGrpc.newBlockingStub(channel.forCall()).withDeadlineAfter(10, TimeUnit.SECONDS).record(built);
        sent.addAndGet(ack.getAccepted());
        dropped.addAndGet(ack.getDropped());
        return;
      } catch (StatusRuntimeException e) {
        if (attempt >= 5 || closing) {
          dropped.addAndGet(batch.size());
          LOG.log(Level.WARNING, "Dropping {0} execution record(s): manager {1}: {2}", Integer.toString(batch.size()), target, e.getStatus());
          return;
        }
        Thread.sleep(backoff);
        backoff = Math.min(5_000, backoff * 2);
      }
    }
  }

  /** Records the manager accepted. */
  public long sent() {
    return sent.get();
  }

  /** Records lost (queue full, manager full or unreachable). */
  public long dropped() {
    return dropped.get();
  }

  /** Sends what is queued (up to 5 s), then stops. */
  @Override
  public void close() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!queue.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    closing = true;
    thread.interrupt();
    thread.join(5_000);
    channel.close();
  }
}
