package dev.picloud.common.execlog;

import dev.picloud.common.grpc.RotatingChannel;
import dev.picloud.proto.v1.ExecutionBatch;
import dev.picloud.proto.v1.ExecutionLogGrpc;
import dev.picloud.proto.v1.RecordAck;
import io.grpc.StatusRuntimeException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends execution records to the manager over gRPC, off the request path, through a {@link BatchingQueue}: a full
 * queue drops and counts; each batch is one call. While the manager is unreachable a batch is retried with backoff;
 * after that it is dropped and counted.
 */
public final class GrpcExecutionSink implements ExecutionSink, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(GrpcExecutionSink.class.getName());

  private final String target;
  private final String sender;
  private final RotatingChannel channel;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong lost = new AtomicLong();
  private final BatchingQueue<ExecutionRecord> queue;

  public GrpcExecutionSink(String target, String sender, int capacity) {
    this.target = target;
    this.sender = sender;
    this.channel = new RotatingChannel(target);
    this.queue = new BatchingQueue<>("execution-log-sender", capacity, 500, this::send);
  }

  @Override
  public boolean offer(ExecutionRecord record) {
    return queue.offer(record);
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
        lost.addAndGet(ack.getDropped());
        return;
      } catch (StatusRuntimeException e) {
        if (attempt >= 5) {
          lost.addAndGet(batch.size());
          LOG.log(
              Level.WARNING,
              "Dropping {0} execution record(s): manager {1}: {2}",
              Integer.toString(batch.size()),
              target,
              e.getStatus().getCode());
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
    return queue.dropped() + lost.get();
  }

  /** Sends what is queued (up to 5 s), then stops. */
  @Override
  public void close() throws InterruptedException {
    queue.close(5_000);
    channel.close();
  }
}
