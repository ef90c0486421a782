package dev.picloud.common.exec;

import dev.picloud.common.grpc.GrpcChannels;
import dev.picloud.common.grpc.GrpcErrors;
import dev.picloud.proto.v1.ErrorDetail;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.ExecutorGrpc;
import dev.picloud.proto.v1.Outcome;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Calls one executor over gRPC. The call's deadline is the request's deadline (or its timeout plus a margin), so a
 * hung executor turns into a timeout outcome instead of a hung caller.
 */
public final class GrpcExecutorClient implements ExecutorClient {
  /** Added to a script's own timeout: the executor enforces the timeout, this only bounds a lost executor. */
  static final Duration DEADLINE_MARGIN = Duration.ofSeconds(2);

  private final String target;
  private final ManagedChannel channel;
  private final ExecutorGrpc.ExecutorBlockingStub stub;
  private final Duration defaultTimeout;

  /**
   * @param target {@code host:port} of the executor's gRPC listener
   * @param defaultTimeout the bound used when a request names neither a deadline nor a timeout
   */
  public GrpcExecutorClient(String target, Duration defaultTimeout) {
    this.target = target;
    this.channel = GrpcChannels.plaintext(target);
    this.stub = ExecutorGrpc.newBlockingStub(channel);
    this.defaultTimeout = defaultTimeout;
  }

  @Override
  public ExecResponse execute(ExecRequest request) {
    long deadlineMs = deadlineMillis(request, defaultTimeout);
    try {
      return stub.withDeadlineAfter(deadlineMs, TimeUnit.MILLISECONDS).execute(request);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED) {
        return timeout(target, deadlineMs);
      }
      throw GrpcErrors.fromStatus(e, "executor " + target);
    }
  }

  /** The answer for an executor that did not answer within the call's deadline. */
  static ExecResponse timeout(String target, long deadlineMs) {
    return ExecResponse.newBuilder()
        .setOutcome(Outcome.OUTCOME_TIMEOUT)
        .setStatusCode(504)
        .setError(
            ErrorDetail.newBuilder()
                .setKind("ErrorTimeout")
                .setMessage("the executor at " + target + " did not answer within " + deadlineMs + " ms"))
        .build();
  }

  /** The gRPC deadline of a call: the request's deadline, else its timeout, else the default; plus a margin. */
  static long deadlineMillis(ExecRequest request, Duration defaultTimeout) {
    if (request.getDeadlineUnixMs() > 0) {
      return Math.max(1, request.getDeadlineUnixMs() - System.currentTimeMillis() + DEADLINE_MARGIN.toMillis());
    }
    long timeout = request.hasLimits() && request.getLimits().getTimeoutMs() > 0
        ? request.getLimits().getTimeoutMs()
        : defaultTimeout.toMillis();
    return timeout + DEADLINE_MARGIN.toMillis();
  }

  /** The executor this client calls. */
  public String target() {
    return target;
  }

  @Override
  public void close() {
    GrpcChannels.close(channel);
  }
}
