package dev.picloud.executor.invoke;

import dev.picloud.common.json.Json;
import dev.picloud.common.json.JsonSyntaxException;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.Header;
import dev.picloud.proto.v1.HttpRequest;
import dev.picloud.proto.v1.InvocationType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@code ctx} value a script receives from an {@code ExecRequest}: identity fields, {@code ctx.request}
 * and, for triggered runs only, {@code ctx.event}. A JSON body (by content type) arrives parsed; any other body as a
 * string; an empty body as {@code ()}.
 */
public final class ContextBuilder {
  private ContextBuilder() {}

  /**
   * The ctx map.
   *
   * @throws JsonSyntaxException when the body is declared JSON but does not parse
   */
  public static Map<String, Object> build(ExecRequest request, String scriptName, String appId) {
    Map<String, Object> ctx = new LinkedHashMap<>();
    ctx.put("execution_id", request.getExecutionId());
    ctx.put("script_id", request.getScriptId());
    ctx.put("script_name", scriptName);
    ctx.put("app_id", appId);
    ctx.put("request_id", request.getRequestId());
    ctx.put("trace_id", request.getTraceId());
    ctx.put("invocation_type", invocationType(request.getInvocationType()));
    ctx.put("parent_execution_id", request.getParentExecutionId().isEmpty() ? null : request.getParentExecutionId());
    if (request.hasRequest()) {
      ctx.put("request", request(request.getRequest()));
    }
    if (request.hasEvent()) {
      String payload = request.getEvent().getPayloadJson();
      ctx.put("event", payload.isEmpty() ? Map.of("source", request.getEvent().getSource()) : Json.parse(payload));
    }
    return ctx;
  }

  private static Map<String, Object> request(HttpRequest http) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("method", http.getMethod());
    request.put("path", http.getPath());
    Map<String, Object> headers = new TreeMap<>();
    for (Header h : http.getHeadersList()) {
      String name = h.getName().toLowerCase(Locale.ROOT);
      Object previous = headers.get(name);
      headers.put(name, previous == null ? h.getValue() : previous + ", " + h.getValue());
    }
    request.put("headers", headers);
    request.put("query", new TreeMap<String, Object>(http.getQueryMap()));
    request.put("params", new TreeMap<String, Object>(http.getParamsMap()));
    request.put("rest", http.getRest());
    request.put("body", body(http));
    return request;
  }

  private static Object body(HttpRequest http) {
    if (http.getBody().isEmpty()) {
      return null;
    }
    String text = http.getBody().toString(StandardCharsets.UTF_8);
    if (isJson(http.getContentType())) {
      return Json.parse(text);
    }
    return text;
  }

  /** Whether a content type declares JSON ({@code application/json}, {@code application/x+json}...). */
  public static boolean isJson(String contentType) {
    if (contentType == null || contentType.isEmpty()) {
      return false;
    }
    String base = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return base.equals("application/json") || base.endsWith("+json");
  }

  private static String invocationType(InvocationType type) {
    return switch (type) {
      case INVOCATION_TYPE_FUNCTION -> "function";
      case INVOCATION_TYPE_SCHEDULED -> "scheduled";
      case INVOCATION_TYPE_TRIGGER -> "trigger";
      default -> "http";
    };
  }
}
