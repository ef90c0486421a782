package dev.picloud.orchestrator.dispatch;

import dev.picloud.common.execlog.ExecutionRecord;
import dev.picloud.common.execlog.ExecutionSink;
import dev.picloud.proto.v1.ErrorDetail;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.Header;
import dev.picloud.proto.v1.LogEntry;
import dev.picloud.proto.v1.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns each finished run into an {@link ExecutionRecord} for the execution log: request summary (credentials
 * redacted, body capped), outcome, response body (capped), error and captured log lines. Hands it to the sink, which
 * never blocks the request.
 */
public final class ExecutionRecorder implements ExecutionListener {
  /** Request and response bodies are kept up to this many bytes. */
  static final int BODY_CAP = 64 * 1024;

  private static final Set<String> REDACTED =
      Set.of("authorization", "cookie", "proxy-authorization", "x-api-key", "set-cookie");

  private final ExecutionSink sink;

  public ExecutionRecorder(ExecutionSink sink) {
    this.sink = sink;
  }

  @Override
  public void finished(ExecRequest request, ExecResponse response, Target target, long totalMicros) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header h : request.getRequest().getHeadersList()) {
      String name = h.getName().toLowerCase(Locale.ROOT);
      headers.merge(name, REDACTED.contains(name) ? "[redacted]" : h.getValue(), (a, b) -> a + ", " + b);
    }
    byte[] requestBody = request.getRequest().getBody().toByteArray();
    byte[] responseBody = response.getBody().toByteArray();
    List<Map<String, Object>> logs = new ArrayList<>(response.getLogsCount());
    for (LogEntry l : response.getLogsList()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("level", l.getLevel());
      line.put("message", l.getMessage());
      if (!l.getDataJson().isEmpty()) {
        line.put("data", dev.picloud.common.json.Json.parse(l.getDataJson()));
      }
      line.put("ts", Instant.ofEpochMilli(l.getTimestampUnixMs()).toString());
      logs.add(line);
    }
    sink.offer(
        new ExecutionRecord(
            request.getExecutionId(),
            request.getAppId(),
            request.getScriptId().isEmpty() ? null : request.getScriptId(),
            request.getScriptVersion(),
            request.getScriptName(),
            target.routeId() == null ? null : target.routeId().toString(),
            request.getRequestId(),
            request.getTraceId(),
            "http",
            request.getRequest().getMethod(),
            request.getRequest().getPath(),
            headers,
            text(requestBody),
            requestBody.length > BODY_CAP,
            status(response.getOutcome()),
            response.getStatusCode(),
            text(responseBody),
            responseBody.length > BODY_CAP,
            error(response),
            logs,
            response.getLogsTruncated(),
            totalMicros,
            Instant.now().minusNanos(totalMicros * 1_000),
            response.getExecutorId()));
  }

  @Override
  public void refused(String executionId, Target target, String method, String path) {
    sink.offer(
        new ExecutionRecord(
            executionId,
            target.script().appId().toString(),
            target.script().scriptId().toString(),
            target.script().version(),
            target.script().name(),
            target.routeId() == null ? null : target.routeId().toString(),
            "",
            "",
            "http",
            method,
            path,
            Map.of(),
            "",
            false,
            "rejected",
            503,
            "",
            false,
            Map.of("kind", "ErrorOverloaded", "message", "the concurrency gate was full"),
            List.of(),
            false,
            0,
            Instant.now(),
            ""));
  }

  private static Map<String, Object> error(ExecResponse response) {
    if (response.getOutcome() == Outcome.OUTCOME_OK) {
      return null;
    }
    ErrorDetail e = response.getError();
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("kind", e.getKind());
    error.put("message", e.getMessage());
    if (e.getLine() > 0) {
      error.put("line", (long) e.getLine());
      error.put("column", (long) e.getColumn());
    }
    if (e.getCallStackCount() > 0) {
      error.put("call_stack", List.copyOf(e.getCallStackList()));
    }
    return error;
  }

  private static String text(byte[] body) {
    int n = Math.min(body.length, BODY_CAP);
    return new String(body, 0, n, StandardCharsets.UTF_8);
  }

  /** The execution-log status name of an outcome. */
  static String status(Outcome outcome) {
    return switch (outcome) {
      case OUTCOME_OK -> "ok";
      case OUTCOME_SCRIPT_ERROR -> "script_error";
      case OUTCOME_TIMEOUT -> "timeout";
      case OUTCOME_BUDGET_EXCEEDED -> "budget_exceeded";
      case OUTCOME_NOT_FOUND -> "not_found";
      case OUTCOME_BAD_REQUEST -> "bad_request";
      case OUTCOME_REJECTED -> "rejected";
      default -> "platform_error";
    };
  }
}
