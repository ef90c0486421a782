package dev.picloud.common.execlog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run, as the execution log keeps it.
 *
 * @param executionId the run
 * @param appId the app (never null)
 * @param scriptId the script, or null when none was resolved
 * @param scriptVersion its version, 0 when unknown
 * @param scriptName its name, or empty
 * @param routeId the route, or null for a direct invoke
 * @param requestId the request id
 * @param traceId the W3C trace id
 * @param invocationType {@code http}, {@code function}, ...
 * @param method HTTP method
 * @param path HTTP path
 * @param requestHeaders request headers, with credentials redacted
 * @param requestBody the request body as text, capped
 * @param requestBodyTruncated whether the cap cut it
 * @param status outcome: {@code ok}, {@code script_error}, {@code timeout}, {@code budget_exceeded}, {@code
 *     platform_error}, {@code not_found}, {@code bad_request}, {@code rejected}
 * @param statusCode the HTTP status answered
 * @param responseBody the response body as text, capped
 * @param responseBodyTruncated whether the cap cut it
 * @param error the failure (kind, message, line, column, call_stack) or null
 * @param logs captured log lines: maps with level, message, data, ts
 * @param logsTruncated whether lines were dropped
 * @param durationUs time from dispatch to answer
 * @param startedAt when the run started
 * @param executor which executor ran it
 */
public record ExecutionRecord(
    String executionId,
    String appId,
    String scriptId,
    long scriptVersion,
    String scriptName,
    String routeId,
    String requestId,
    String traceId,
    String invocationType,
    String method,
    String path,
    Map<String, String> requestHeaders,
    String requestBody,
    boolean requestBodyTruncated,
    String status,
    int statusCode,
    String responseBody,
    boolean responseBodyTruncated,
    Map<String, Object> error,
    List<Map<String, Object>> logs,
    boolean logsTruncated,
    long durationUs,
    Instant startedAt,
    String executor) {}
