package dev.picloud.orchestrator.dispatch;

import dev.picloud.common.json.Json;
import dev.picloud.common.web.JsonResponses;
import dev.picloud.proto.v1.ErrorDetail;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.Header;
import dev.picloud.proto.v1.Outcome;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** The HTTP face of the {@link Dispatcher}: reads the request, writes the script's response or a JSON error. */
final class HttpDispatch {
  private final Dispatcher dispatcher;

  HttpDispatch(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  void dispatch(ServerRequest req, ServerResponse res, Target target) {
    String executionId = Dispatcher.newExecutionId();
    res.header(HeaderNames.create("X-Execution-Id"), executionId);
    String requestId = req.headers().first(HeaderNames.create("X-Request-Id")).orElse(UUID.randomUUID().toString());
    ExecResponse response =
        dispatcher.run(
            target,
            executionId,
            requestId,
            TraceIds.traceId(req),
            req.prologue().method().text(),
            req.path().path(),
            () -> RequestReader.read(req, target, dispatcher.maxBodyBytes()));
    write(res, response, executionId);
  }

  static void write(ServerResponse res, ExecResponse response, String executionId) {
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
            .add("error", Dispatcher.errorCode(response.getOutcome()))
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
}
