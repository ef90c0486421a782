package dev.picloud.orchestrator.api;

import dev.picloud.common.error.InvalidArgumentException;
import dev.picloud.common.error.PayloadTooLargeException;
import dev.picloud.common.grpc.GrpcErrors;
import dev.picloud.common.id.ScriptId;
import dev.picloud.common.routing.ReservedPaths;
import dev.picloud.common.routing.RouteMatch;
import dev.picloud.common.routing.RouteTable;
import dev.picloud.orchestrator.dispatch.Dispatcher;
import dev.picloud.orchestrator.dispatch.Target;
import dev.picloud.orchestrator.routing.RoutingCache;
import dev.picloud.proto.v1.ErrorDetail;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.HttpRequest;
import dev.picloud.proto.v1.InvokeGrpc;
import dev.picloud.proto.v1.InvokeRequest;
import dev.picloud.proto.v1.InvokeResponse;
import dev.picloud.proto.v1.Outcome;
import dev.picloud.proto.v1.RouteTarget;
import io.grpc.stub.StreamObserver;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Serves {@code picloud.v1.Invoke}: the same runs as HTTP (gate, limits, execution log, outcomes), with the request
 * and response as protobuf messages. A missing script or route is an outcome in the response (404/405), like over
 * HTTP; only malformed calls are gRPC errors.
 */
public final class InvokeGrpcService extends InvokeGrpc.InvokeImplBase {
  private final RoutingCache routing;
  private final Dispatcher dispatcher;

  public InvokeGrpcService(RoutingCache routing, Dispatcher dispatcher) {
    this.routing = routing;
    this.dispatcher = dispatcher;
  }

  @Override
  public void execute(InvokeRequest request, StreamObserver<InvokeResponse> responses) {
    GrpcErrors.unary(responses, () -> invoke(request));
  }

  private InvokeResponse invoke(InvokeRequest req) {
    RouteTable table = routing.table();
    String executionId = Dispatcher.newExecutionId();
    Target target;
    String method;
    String path;
    Map<String, String> query = new LinkedHashMap<>(req.getQueryMap());
    String host = "";
    switch (req.getTargetCase()) {
      case SCRIPT_ID -> {
        ScriptId id = ScriptId.parse(req.getScriptId());
        method = req.getMethod().isEmpty() ? "POST" : req.getMethod().toUpperCase(Locale.ROOT);
        path = "/api/v1/execute/" + id;
        var script = table.script(id);
        if (script.isEmpty()) {
          return failure(executionId, Outcome.OUTCOME_NOT_FOUND, 404, "ErrorScriptNotFound", "script " + id + " does not exist");
        }
        target = Target.direct(script.get());
      }
      case ROUTE -> {
        RouteTarget route = req.getRoute();
        method = route.getMethod().isEmpty() ? "GET" : route.getMethod().toUpperCase(Locale.ROOT);
        host = route.getHost();
        String raw = route.getPath().isEmpty() ? "/" : route.getPath();
        int q = raw.indexOf('?');
        path = q < 0 ? raw : raw.substring(0, q);
        if (q >= 0) {
          parseQuery(raw.substring(q + 1), query);
        }
        if (!path.startsWith("/")) {
          throw new InvalidArgumentException("route.path must start with /");
        }
        if (ReservedPaths.isReserved(path)) {
          return failure(executionId, Outcome.OUTCOME_NOT_FOUND, 404, "ErrorNoRoute", path + " is reserved, no route serves it");
        }
        RouteMatch match = table.match(host, method, path);
        switch (match) {
          case RouteMatch.Found f -> target = new Target(f.script(), f.route().routeId(), f.params(), f.rest());
          case RouteMatch.MethodNotAllowed m -> {
            return failure(executionId, Outcome.OUTCOME_NOT_FOUND, 405, "ErrorMethodNotAllowed",
                method + " is not allowed on " + path + " (allowed: " + String.join(", ", m.allowed()) + ")");
          }
          case RouteMatch.NotFound n -> {
            return failure(executionId, Outcome.OUTCOME_NOT_FOUND, 404, "ErrorNoRoute", "no route matches " + method + " " + path);
          }
        }
      }
      default -> throw new InvalidArgumentException("the request names no target: set script_id or route");
    }
    if (req.getBody().size() > dispatcher.maxBodyBytes()) {
      throw new PayloadTooLargeException("the request body is larger than " + dispatcher.maxBodyBytes() + " bytes");
    }
    Target t = target;
    String finalHost = host;
    String finalMethod = method;
    String finalPath = path;
    HttpRequest http =
        HttpRequest.newBuilder()
            .setMethod(finalMethod)
            .setPath(finalPath)
            .addAllHeaders(req.getHeadersList())
            .putAllQuery(query)
            .putAllParams(t.params())
            .setRest(t.rest())
            .setBody(req.getBody())
            .setContentType(req.getContentType())
            .setHost(finalHost)
            .build();
    ExecResponse r =
        dispatcher.run(
            t,
            executionId,
            req.getRequestId().isEmpty() ? UUID.randomUUID().toString() : req.getRequestId(),
            UUID.randomUUID().toString().replace("-", ""),
            finalMethod,
            finalPath,
            () -> http);
    return InvokeResponse.newBuilder()
        .setStatusCode(r.getStatusCode())
        .addAllHeaders(r.getHeadersList())
        .setBody(r.getBody())
        .setContentType(r.getContentType())
        .setExecutionId(executionId)
        .setOutcome(r.getOutcome())
        .setError(r.getError())
        .build();
  }

  private static InvokeResponse failure(String executionId, Outcome outcome, int status, String kind, String message) {
    return InvokeResponse.newBuilder()
        .setStatusCode(status)
        .setExecutionId(executionId)
        .setOutcome(outcome)
        .setError(ErrorDetail.newBuilder().setKind(kind).setMessage(message))
        .build();
  }

  private static void parseQuery(String query, Map<String, String> into) {
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      into.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
  }
}
