package dev.picloud.orchestrator.dispatch;

import dev.picloud.common.error.PlatformException;
import dev.picloud.common.error.TransientException;
import dev.picloud.common.exec.ExecutorClient;
import dev.picloud.common.id.ExecutionId;
import dev.picloud.common.json.Json;
import dev.picloud.common.web.HttpErrors;
import dev.picloud.common.web.JsonResponses;
import dev.picloud.proto.v1.ErrorDetail;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.Header;
import dev.picloud.proto.v1.HttpRequest;
import dev.picloud.proto.v1.InvocationType;
import dev.picloud.proto.v1.Outcome;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/**
 * Runs a request's script through the concurrency gate and the executor, and writes the result: the script's own
 * response, or a JSON error whose status says what failed (502 script error, 504 timeout, 507 budget, 503 gate full
 * or executor unavailable, 500 platform).
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

  /** Runs {@code target} for this request and answers it. */
  public void dispatch(ServerRequest req, ServerResponse res, Target target) {
    String executionId = ExecutionId.generate().toString();
    res.header(HeaderNames.create("X-Execution-Id"), executionId);
    if (!gate.tryEnter()) {
      res.header(HeaderNames.RETRY_AFTER, "1");
      HttpErrors.send(
          res,
          503,
          "overloaded",
          "too many executions in flight (limit " + gate.capacity() + "); retry in a second");
      listener.refused(executionId, target, req.prologue().method().text(), req.path().path());
      return;
    }
    long started = System.nanoTime();
    try {
      HttpRequest http = RequestReader.read(req, target, maxBodyBytes);
      ExecRequest request =
          ExecRequest.newBuilder()
              .setExecutionId(executionId)
              .setRequestId(req.headers().first(HeaderNames.create("X-Request-Id")).orElse(UUID.randomUUID().toString()))
              .setTraceId(TraceIds.traceId(req))
              .setAppId(target.script().appId().toString())
              .setScriptId(target.script().scriptId().toString())
              .setScriptVersion(target.script().version())
              .setScriptName(target.script().name())
              .setInvocationType(InvocationType.INVOCATION_TYPE_HTTP)
              .setRequest(http)
              .build();
      ExecResponse response;
      try {
        response = executor.execute(request);
      } catch (TransientException e) {
        response = failure(Outcome.OUTCOME_PLATFORM_ERROR, 503, "ErrorExecutorUnavailable", e.getMessage());
      } catch (PlatformException e) {
        response = failure(Outcome.OUTCOME_PLATFORM_ERROR, 500, "ErrorPlatform", e.getMessage());
      }
      write(res, response, executionId);
      listener.finished(request, response, target, (System.nanoTime() - started) / 1_000);
    } finally {
      gate.leave();
    }
  }

  private static ExecResponse failure(Outcome outcome, int status, String kind, String message) {
    return ExecResponse.newBuilder()
        .setOutcome(outcome)
        .setStatusCode(status)
        .setError(ErrorDetail.newBuilder().setKind(kind).setMessage(message))
        .build();
  }

  private static void write(ServerResponse res, ExecResponse response, String executionId) {
    if (response.getOutcome() == Outcome.OUTCOME_OK) {
      res.status(response.getStatusCode());
      for (Header h : response.getHeadersList()) {
        res.header(h.getName(), h.getValue());
      }
      if (!response.getContentType().isEmpty()) {
        res.header(HeaderNames.CONTENT_TYPE, response.getContentType());
      }
      res.send(response.getBody().toByteArray());
      return;
    }
    if (response.getStatusCode() == 503) {
      res.header(HeaderNames.RETRY_AFTER, "1");
    }
    ErrorDetail error = response.getError();
    JsonObjectBuilder body =
        Json.object()
            .add("error", errorCode(response.getOutcome()))
            .add("message", error.getMessage())
            .add("kind", error.getKind())
            .add("execution_id", executionId);
    if (error.getLine() > 0) {
      body.add("line", error.getLine()).add("column", error.getColumn());
    }
    if (error.getCallStackCount() > 0) {
      JsonArrayBuilder stack = Json.array();
      error.getCallStackList().forEach(stack::add);
      body.add("call_stack", stack);
    }
    JsonResponses.send(res, response.getStatusCode() == 0 ? 500 : response.getStatusCode(), body.build());
  }

  private static String errorCode(Outcome outcome) {
    return switch (outcome) {
      case OUTCOME_SCRIPT_ERROR -> "script_error";
      case OUTCOME_TIMEOUT -> "timeout";
      case OUTCOME_BUDGET_EXCEEDED -> "budget_exceeded";
      case OUTCOME_NOT_FOUND -> "not_found";
      case OUTCOME_BAD_REQUEST -> "bad_request";
      default -> "platform_error";
    };
  }
}
