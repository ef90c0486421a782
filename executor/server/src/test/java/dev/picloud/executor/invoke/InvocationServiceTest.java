package dev.picloud.executor.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.picloud.common.catalog.ScriptLimits;
import dev.picloud.common.catalog.ScriptSource;
import dev.picloud.common.id.AppId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.common.json.Json;
import dev.picloud.common.testing.InMemoryScriptResolver;
import dev.picloud.executor.Engines;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.Header;
import dev.picloud.proto.v1.HttpRequest;
import dev.picloud.proto.v1.Outcome;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The executor's run path with the real Rhai engine: responses, outcomes and captured logs. */
class InvocationServiceTest {
  private final InMemoryScriptResolver catalog = new InMemoryScriptResolver();
  private final SandboxPolicy policy =
      new SandboxPolicy(Duration.ofSeconds(5), Duration.ofSeconds(30), 64L << 20, 512L << 20, 0, 0, 64);
  private final InvocationService service =
      new InvocationService(catalog, new ScriptEngines(Engines.all()), new CompiledScriptCache(16), policy, "test");
  private final AppId app = AppId.generate();

  @AfterEach
  void close() {
    service.close();
  }

  private ExecResponse run(String source, ScriptLimits limits, HttpRequest request) {
    ScriptId id = ScriptId.generate();
    catalog.put(new ScriptSource(id, 1, app, "s", "rhai", source, limits));
    return service.execute(
        ExecRequest.newBuilder()
            .setExecutionId("e-1")
            .setScriptId(id.toString())
            .setScriptVersion(1)
            .setRequest(request)
            .build());
  }

  private ExecResponse run(String source) {
    return run(source, ScriptLimits.DEFAULTS, HttpRequest.newBuilder().setMethod("GET").setPath("/x").build());
  }

  @Test
  void aResponseMapBecomesTheHttpResponse() {
    ExecResponse r = run("#{ statusCode: 201, headers: #{ \"X-Thing\": 7 }, body: #{ ok: true, n: [1, 2] } }");
    assertThat(r.getOutcome()).isEqualTo(Outcome.OUTCOME_OK);
    assertThat(r.getStatusCode()).isEqualTo(201);
    assertThat(r.getHeadersList()).containsExactly(Header.newBuilder().setName("x-thing").setValue("7").build());
    assertThat(r.getContentType()).isEqualTo("application/json");
    assertThat(Json.parse(r.getBody().toStringUtf8())).isEqualTo(Map.of("ok", true, "n", java.util.List.of(1L, 2L)));
  }

  @Test
  void aBareValueIsTheBodyAndUnitIsNoContent() {
    ExecResponse text = run("\"hello\"");
    assertThat(text.getStatusCode()).isEqualTo(200);
    assertThat(text.getContentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(text.getBody().toStringUtf8()).isEqualTo("hello");
    assertThat(run("let x = 1;").getStatusCode()).isEqualTo(204);
  }

  @Test
  void ctxCarriesTheRequestWithAParsedJsonBody() {
    HttpRequest request =
        HttpRequest.newBuilder()
            .setMethod("POST")
            .setPath("/users/42")
            .addHeaders(Header.newBuilder().setName("Content-Type").setValue("application/json"))
            .putParams("id", "42")
            .putQuery("q", "x")
            .setContentType("application/json")
            .setBody(ByteString.copyFromUtf8("{\"name\": \"ann\"}"))
            .build();
    ExecResponse r =
        run(
            "`${ctx.request.method} ${ctx.request.path} ${ctx.request.params.id} ${ctx.request.query.q}"
                + " ${ctx.request.body.name} ${ctx.request.headers[\"content-type\"]} ${ctx.execution_id}`",
            ScriptLimits.DEFAULTS,
            request);
    assertThat(r.getBody().toStringUtf8()).isEqualTo("POST /users/42 42 x ann application/json e-1");
  }

  @Test
  void aMalformedJsonBodyIsABadRequestAndTheScriptDoesNotRun() {
    HttpRequest request =
        HttpRequest.newBuilder()
            .setMethod("POST")
            .setContentType("application/json")
            .setBody(ByteString.copyFromUtf8("{\"name\": "))
            .build();
    ExecResponse r = run("print(\"ran\"); 1", ScriptLimits.DEFAULTS, request);
    assertThat(r.getOutcome()).isEqualTo(Outcome.OUTCOME_BAD_REQUEST);
    assertThat(r.getStatusCode()).isEqualTo(400);
    assertThat(r.getLogsList()).isEmpty();
  }

  @Test
  void aScriptErrorIs502WithKindPositionAndCallStack() {
    ExecResponse r = run("fn inner(x) {\n  x + undefined_var\n}\nfn outer() { inner(1) }\nouter()");
    assertThat(r.getOutcome()).isEqualTo(Outcome.OUTCOME_SCRIPT_ERROR);
    assertThat(r.getStatusCode()).isEqualTo(502);
    assertThat(r.getError().getKind()).isEqualTo("ErrorVariableNotFound");
    assertThat(r.getError().getMessage()).contains("undefined_var");
    assertThat(r.getError().getLine()).isEqualTo(2);
    assertThat(r.getError().getColumn()).isEqualTo(7);
    assertThat(r.getError().getCallStackList()).hasSize(2);
    assertThat(r.getError().getCallStack(0)).startsWith("outer @ 5:");
  }

  @Test
  void aThrownValueIsAScriptError() {
    ExecResponse r = run("throw \"no such user\";");
    assertThat(r.getStatusCode()).isEqualTo(502);
    assertThat(r.getError().getKind()).isEqualTo("ErrorRuntime");
    assertThat(r.getError().getMessage()).isEqualTo("Runtime error: no such user");
    assertThat(r.getError().getLine()).isEqualTo(1);
  }

  @Test
  void anEndlessLoopHitsTheTimeoutAs504() {
    ExecResponse r = run("loop { }", new ScriptLimits(200, 0, 0), HttpRequest.getDefaultInstance());
    assertThat(r.getOutcome()).isEqualTo(Outcome.OUTCOME_TIMEOUT);
    assertThat(r.getStatusCode()).isEqualTo(504);
    assertThat(r.getError().getKind()).isEqualTo("ErrorTimeout");
  }

  @Test
  void theOperationBudgetIs507() {
    ExecResponse r = run("let n = 0; loop { n += 1; }", new ScriptLimits(5_000, 10_000, 0), HttpRequest.getDefaultInstance());
    assertThat(r.getOutcome()).isEqualTo(Outcome.OUTCOME_BUDGET_EXCEEDED);
    assertThat(r.getStatusCode()).isEqualTo(507);
    assertThat(r.getError().getKind()).isEqualTo("ErrorTooManyOperations");
  }

  @Test
  void unboundedAllocationHitsTheMemoryBudgetAs507() {
    ExecResponse r = run("let s = \"x\"; loop { s += s; }", new ScriptLimits(5_000, 0, 8L << 20), HttpRequest.getDefaultInstance());
    assertThat(r.getOutcome()).isEqualTo(Outcome.OUTCOME_BUDGET_EXCEEDED);
    assertThat(r.getStatusCode()).isEqualTo(507);
  }

  @Test
  void endlessRecursionIsStoppedAsAScriptError() {
    ExecResponse r = run("fn f(n) { f(n + 1) } f(0)");
    assertThat(r.getOutcome()).isEqualTo(Outcome.OUTCOME_SCRIPT_ERROR);
    assertThat(r.getError().getKind()).isEqualTo("ErrorStackOverflow");
  }

  @Test
  void printDebugAndLogLinesAreCaptured() {
    ExecResponse r = run("print(\"hi\"); debug(42); log::warn(\"careful\", #{ n: 1 }); log::info(\"done\"); 0");
    assertThat(r.getLogsList())
        .extracting(l -> l.getLevel() + ":" + l.getMessage() + ":" + l.getDataJson())
        .containsExactly("print:hi:", "debug:1:14 | 42:", "warn:careful:{\"n\":1}", "info:done:");
  }

  @Test
  void aBadResponseShapeIsAScriptErrorNamingTheProblem() {
    ExecResponse r = run("#{ statusCode: \"200\" }");
    assertThat(r.getStatusCode()).isEqualTo(502);
    assertThat(r.getError().getKind()).isEqualTo("ErrorBadResponse");
    assertThat(r.getError().getMessage()).contains("statusCode must be an integer");
  }

  @Test
  void anUnknownScriptIsNotFound() {
    ExecResponse r =
        service.execute(ExecRequest.newBuilder().setScriptId(ScriptId.generate().toString()).setScriptVersion(3).build());
    assertThat(r.getOutcome()).isEqualTo(Outcome.OUTCOME_NOT_FOUND);
    assertThat(r.getStatusCode()).isEqualTo(404);
  }

  @Test
  void aScriptThatNoLongerCompilesIsAScriptErrorWithItsPosition() {
    ExecResponse r = run("let x = ;");
    assertThat(r.getStatusCode()).isEqualTo(502);
    assertThat(r.getError().getLine()).isEqualTo(1);
    assertThat(r.getError().getColumn()).isPositive();
  }
}
