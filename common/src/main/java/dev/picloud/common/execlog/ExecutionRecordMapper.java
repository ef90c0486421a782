package dev.picloud.common.execlog;

import dev.picloud.common.json.Json;
import dev.picloud.proto.v1.ExecutionRecordMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Converts execution records to and from their protobuf message. */
final class ExecutionRecordMapper {
  private ExecutionRecordMapper() {}

  static ExecutionRecordMessage toProto(ExecutionRecord r) {
    ExecutionRecordMessage.Builder b =
        ExecutionRecordMessage.newBuilder()
            .setExecutionId(r.executionId())
            .setAppId(r.appId())
            .setScriptVersion(r.scriptVersion())
            .setScriptName(nz(r.scriptName()))
            .setRequestId(nz(r.requestId()))
            .setTraceId(nz(r.traceId()))
            .setInvocationType(nz(r.invocationType()))
            .setMethod(nz(r.method()))
            .setPath(nz(r.path()))
            .putAllRequestHeaders(r.requestHeaders() == null ? Map.of() : r.requestHeaders())
            .setRequestBody(nz(r.requestBody()))
            .setRequestBodyTruncated(r.requestBodyTruncated())
            .setStatus(r.status())
            .setStatusCode(r.statusCode())
            .setResponseBody(nz(r.responseBody()))
            .setResponseBodyTruncated(r.responseBodyTruncated())
            .setErrorJson(r.error() == null ? "" : Json.write(r.error()))
            .setLogsJson(Json.write(r.logs() == null ? List.of() : r.logs()))
            .setLogsTruncated(r.logsTruncated())
            .setDurationUs(r.durationUs())
            .setStartedAtUnixUs(ChronoUnit.MICROS.between(Instant.EPOCH, r.startedAt()))
            .setExecutor(nz(r.executor()));
    if (r.scriptId() != null) {
      b.setScriptId(r.scriptId());
    }
    if (r.routeId() != null) {
      b.setRouteId(r.routeId());
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  static ExecutionRecord fromProto(ExecutionRecordMessage m) {
    return new ExecutionRecord(
        m.getExecutionId(),
        m.getAppId(),
        m.getScriptId().isEmpty() ? null : m.getScriptId(),
        m.getScriptVersion(),
        m.getScriptName(),
        m.getRouteId().isEmpty() ? null : m.getRouteId(),
        m.getRequestId(),
        m.getTraceId(),
        m.getInvocationType(),
        m.getMethod(),
        m.getPath(),
        m.getRequestHeadersMap(),
        m.getRequestBody(),
        m.getRequestBodyTruncated(),
        m.getStatus(),
        m.getStatusCode(),
        m.getResponseBody(),
        m.getResponseBodyTruncated(),
        m.getErrorJson().isEmpty() ? null : (Map<String, Object>) Json.parse(m.getErrorJson()),
        (List<Map<String, Object>>) Json.parse(m.getLogsJson().isEmpty() ? "[]" : m.getLogsJson()),
        m.getLogsTruncated(),
        m.getDurationUs(),
        Instant.EPOCH.plus(m.getStartedAtUnixUs(), ChronoUnit.MICROS),
        m.getExecutor());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
