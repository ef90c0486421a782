package dev.picloud.orchestrator.dispatch;

import dev.picloud.common.error.PlatformException;
import dev.picloud.common.error.TransientException;
import dev.picloud.common.exec.ExecutorClient;
import dev.picloud.common.id.ExecutionId;
import dev.picloud.proto.v1.ErrorDetail;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.HttpRequest;
import dev.picloud.proto.v1.InvocationType;
import dev.picloud.proto.v1.Limits;
import dev.picloud.proto.v1.Outcome;
import java.util.function.Supplier;

/**
 * Runs a request's script through the concurrency gate and the executor, whatever the transport (HTTP or the public
 * gRPC API), and reports the run to the execution log. Every failure is an outcome of the returned response: 503
 * gate full or executor unreachable, 500 other platform failures, and whatever the executor reports.
 */
public final class Dispatcher {
  private final ExecutorClient executor;
  private final ConcurrencyGate gate;
  private final long maxBodyBytes;
  private final ExecutionListener listener;

  /**
   * @param executor where scripts run
   * @param gate bounds runs in flight
   * @param maxBodyBytes request body cap
   * @param listener told about every finished run (execution log)
   */
  public Dispatcher(ExecutorClient executor, ConcurrencyGate gate, long maxBodyBytes, ExecutionListener listener) {
    this.executor = executor;
    this.gate = gate;
    this.maxBodyBytes = maxBodyBytes;
    this.listener = listener;
  }

  /** The request body cap. */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** A new execution id. */
  public static String newExecutionId() {
    return ExecutionId.generate().toString();
  }

  /**
   * Runs {@code target}.
   *
   * @param request reads the request (called only once the gate admitted it, so a refused request is not read)
   * @throws dev.picloud.common.error.PayloadTooLargeException from {@code request} when the body is over the cap
   */
  public ExecResponse run(
      Target target,
      String executionId,
      String requestId,
      String traceId,
      String method,
      String path,
      Supplier<HttpRequest> request) {
    if (!gate.tryEnter()) {
      listener.refused(executionId, target, method, path);
      return ExecResponse.newBuilder()
          .setOutcome(Outcome.OUTCOME_REJECTED)
          .setStatusCode(503)
          .setError(
              ErrorDetail.newBuilder()
                  .setKind("ErrorOverloaded")
                  .setMessage(
                      "too many executions in flight (limit " + gate.capacity() + "); retry in a second"))
          .build();
    }
    long started = System.nanoTime();
    try {
      ExecRequest exec =
          ExecRequest.newBuilder()
              .setExecutionId(executionId)
              .setRequestId(requestId)
              .setTraceId(traceId)
              .setAppId(target.script().appId().toString())
              .setScriptId(target.script().scriptId().toString())
              .setScriptVersion(target.script().version())
              .setScriptName(target.script().name())
              .setInvocationType(InvocationType.INVOCATION_TYPE_HTTP)
              .setRequest(request.get())
              .setLimits(Limits.newBuilder().setTimeoutMs(target.script().timeoutMs()))
              .build();
      ExecResponse response;
      try {
        response = executor.execute(exec);
      } catch (TransientException e) {
        response = failure(503, "ErrorExecutorUnavailable", e.getMessage());
      } catch (PlatformException e) {
        response = failure(500, "ErrorPlatform", e.getMessage());
      }
      listener.finished(exec, response, target, (System.nanoTime() - started) / 1_000);
      return response;
    } finally {
      gate.leave();
    }
  }

  private static ExecResponse failure(int status, String kind, String message) {
    return ExecResponse.newBuilder()
        .setOutcome(Outcome.OUTCOME_PLATFORM_ERROR)
        .setStatusCode(status)
        .setError(ErrorDetail.newBuilder().setKind(kind).setMessage(message))
        .build();
  }

  /** The {@code error} code of a failed outcome in JSON bodies. */
  public static String errorCode(Outcome outcome) {
    return switch (outcome) {
      case OUTCOME_SCRIPT_ERROR -> "script_error";
      case OUTCOME_TIMEOUT -> "timeout";
      case OUTCOME_BUDGET_EXCEEDED -> "budget_exceeded";
      case OUTCOME_NOT_FOUND -> "not_found";
      case OUTCOME_BAD_REQUEST -> "bad_request";
      case OUTCOME_REJECTED -> "overloaded";
      default -> "platform_error";
    };
  }
}
