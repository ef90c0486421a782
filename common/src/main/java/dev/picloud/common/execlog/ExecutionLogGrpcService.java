package dev.picloud.common.execlog;

import dev.picloud.common.grpc.GrpcErrors;
import dev.picloud.proto.v1.ExecutionBatch;
import dev.picloud.proto.v1.ExecutionLogGrpc;
import dev.picloud.proto.v1.ExecutionRecordMessage;
import dev.picloud.proto.v1.RecordAck;
import io.grpc.stub.StreamObserver;

/** Serves {@code picloud.v1.ExecutionLog}: hands each received record to the manager's sink. */
public final class ExecutionLogGrpcService extends ExecutionLogGrpc.ExecutionLogImplBase {
  private final ExecutionSink sink;

  public ExecutionLogGrpcService(ExecutionSink sink) {
    this.sink = sink;
  }

  @Override
  public void record(ExecutionBatch batch, StreamObserver<RecordAck> responses) {
    GrpcErrors.unary(
        responses,
        () -> {
          int accepted = 0;
          int dropped = 0;
          for (ExecutionRecordMessage m : batch.getRecordsList()) {
            if (sink.offer(ExecutionRecordMapper.fromProto(m))) {
              accepted++;
            } else {
              dropped++;
            }
          }
          return RecordAck.newBuilder().setAccepted(accepted).setDropped(dropped).build();
        });
  }
}
