package dev.picloud.common.exec;

import dev.picloud.common.grpc.GrpcErrors;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.ExecutorGrpc;
import io.grpc.stub.StreamObserver;

/** Serves {@code picloud.v1.Executor} over gRPC by delegating to an in-process {@link ExecutorClient}. */
public final class ExecutorGrpcService extends ExecutorGrpc.ExecutorImplBase {
  private final ExecutorClient delegate;

  public ExecutorGrpcService(ExecutorClient delegate) {
    this.delegate = delegate;
  }

  @Override
  public void execute(ExecRequest request, StreamObserver<ExecResponse> responses) {
    GrpcErrors.unary(responses, () -> delegate.execute(request));
  }
}
