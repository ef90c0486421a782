package dev.picloud.common.exec;

import dev.picloud.common.grpc.GrpcChannels;
import dev.picloud.common.grpc.GrpcErrors;
import dev.picloud.proto.v1.DescribeRequest;
import dev.picloud.proto.v1.ExecutorGrpc;
import dev.picloud.proto.v1.ValidateRequest;
import dev.picloud.proto.v1.ValidateResponse;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** {@link ScriptValidator} asking an executor over gRPC (the manager of a split deployment has no engines). */
public final class GrpcScriptValidator implements ScriptValidator, AutoCloseable {
  private final String target;
  private final ManagedChannel channel;

  public GrpcScriptValidator(String target) {
    this.target = target;
    this.channel = GrpcChannels.plaintext(target);
  }

  private ExecutorGrpc.ExecutorBlockingStub stub() {
    return ExecutorGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  @Override
  public Set<String> languages() {
    try {
      return new LinkedHashSet<>(stub().describe(DescribeRequest.getDefaultInstance()).getLanguagesList());
    } catch (StatusRuntimeException e) {
      throw GrpcErrors.fromStatus(e, "executor " + target);
    }
  }

  @Override
  public Optional<SyntaxProblem> validate(String language, String source) {
    ValidateResponse r;
    try {
      r = stub().validate(ValidateRequest.newBuilder().setLanguage(language).setSource(source).build());
    } catch (StatusRuntimeException e) {
      throw GrpcErrors.fromStatus(e, "executor " + target);
    }
    return r.getValid()
        ? Optional.empty()
        : Optional.of(new SyntaxProblem(r.getKind(), r.getMessage(), r.getLine(), r.getColumn()));
  }

  @Override
  public void close() {
    GrpcChannels.close(channel);
  }
}
