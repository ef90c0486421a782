package dev.picloud.common.exec;

import dev.picloud.common.grpc.GrpcErrors;
import dev.picloud.common.version.PlatformVersion;
import dev.picloud.proto.v1.DescribeRequest;
import dev.picloud.proto.v1.DescribeResponse;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.ExecutorGrpc;
import dev.picloud.proto.v1.ValidateRequest;
import dev.picloud.proto.v1.ValidateResponse;
import io.grpc.stub.StreamObserver;

/** Serves {@code picloud.v1.Executor} over gRPC by delegating to an in-process executor and validator. */
public final class ExecutorGrpcService extends ExecutorGrpc.ExecutorImplBase {
  private final ExecutorClient delegate;
  private final ScriptValidator validator;
  private final String executorId;

  public ExecutorGrpcService(ExecutorClient delegate, ScriptValidator validator, String executorId) {
    this.delegate = delegate;
    this.validator = validator;
    this.executorId = executorId;
  }

  @Override
  public void execute(ExecRequest request, StreamObserver<ExecResponse> responses) {
    GrpcErrors.unary(responses, () -> delegate.execute(request));
  }

  @Override
  public void validate(ValidateRequest request, StreamObserver<ValidateResponse> responses) {
    GrpcErrors.unary(
        responses,
        () ->
            validator
                .validate(request.getLanguage(), request.getSource())
                .map(
                    p ->
                        ValidateResponse.newBuilder()
                            .setValid(false)
                            .setKind(p.kind())
                            .setMessage(p.message())
                            .setLine(p.line())
                            .setColumn(p.column())
                            .build())
                .orElse(ValidateResponse.newBuilder().setValid(true).build()));
  }

  @Override
  public void describe(DescribeRequest request, StreamObserver<DescribeResponse> responses) {
    GrpcErrors.unary(
        responses,
        () ->
            DescribeResponse.newBuilder()
                .setExecutorId(executorId)
                .addAllLanguages(validator.languages())
                .setVersion(PlatformVersion.current().product())
                .build());
  }
}
