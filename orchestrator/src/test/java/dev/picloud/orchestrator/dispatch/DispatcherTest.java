package dev.picloud.orchestrator.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.picloud.common.catalog.AppEntry;
import dev.picloud.common.catalog.RouteEntry;
import dev.picloud.common.catalog.ScriptLimits;
import dev.picloud.common.catalog.ScriptSource;
import dev.picloud.common.error.InternalException;
import dev.picloud.common.error.TransientException;
import dev.picloud.common.exec.ExecutorClient;
import dev.picloud.common.execlog.ExecutionRecord;
import dev.picloud.common.id.AppId;
import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.common.testing.InMemoryScriptResolver;
import dev.picloud.common.web.HttpErrors;
import dev.picloud.orchestrator.routing.RoutingCache;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.Outcome;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ingress over real HTTP with a scripted executor: statuses of platform failures and what gets recorded. */
class DispatcherTest {
  private final InMemoryScriptResolver catalog = new InMemoryScriptResolver();
  private final AtomicReference<Function<ExecRequest, ExecResponse>> behaviour = new AtomicReference<>();
  private final List<ExecutionRecord> recorded = new CopyOnWriteArrayList<>();
  private WebServer server;
  private RoutingCache routing;

  @BeforeEach
  void start() {
    AppId app = AppId.generate();
    ScriptId script = ScriptId.generate();
    catalog.put(new ScriptSource(script, 1, app, "s", "rhai", "1", ScriptLimits.DEFAULTS));
    catalog.setRouting(
        List.of(new AppEntry(app, "default", List.of())),
        List.of(new RouteEntry(RouteId.generate(), app, script, "", "/r", "", "sync")));
    ExecutorClient executor = request -> behaviour.get().apply(request);
    routing = new RoutingCache(catalog).start();
    Dispatcher dispatcher =
        new Dispatcher(executor, new ConcurrencyGate(4), 100, new ExecutionRecorder(r -> recorded.add(r)));
    IngressRoutes ingress = new IngressRoutes(routing, dispatcher);
    server =
        WebServer.builder()
            .host("127.0.0.1")
            .port(0)
            .routing(
                r -> {
                  HttpErrors.register(r);
                  ingress.register(r);
                })
            .build()
            .start();
  }

  @AfterEach
  void stop() {
    server.stop();
    routing.close();
  }

  private HttpResponse<String> post(String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/r"))
                .header("Authorization", "Bearer secret")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Records are handed over after the response is written, so the test waits for one. */
  private ExecutionRecord awaitRecord() throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (recorded.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(recorded).hasSize(1);
    return recorded.get(0);
  }

  @Test
  void anUnreachableExecutorIs503WithRetryAfter() throws Exception {
    behaviour.set(r -> {
      throw new TransientException("executor 10.0.0.9:9091 unavailable: connection refused");
    });
    HttpResponse<String> r = post("x");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("retry-after")).hasValue("1");
    assertThat(r.body()).contains("\"error\":\"platform_error\"").contains("connection refused");
  }

  @Test
  void anyOtherPlatformFailureIs500() throws Exception {
    behaviour.set(r -> {
      throw new InternalException("catalog answered garbage");
    });
    HttpResponse<String> r = post("x");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).contains("\"error\":\"platform_error\"");
    ExecutionRecord rec = awaitRecord();
    assertThat(rec.status()).isEqualTo("platform_error");
    assertThat(rec.statusCode()).isEqualTo(500);
  }

  @Test
  void recordsRedactCredentialsAndCarryTheResponse() throws Exception {
    behaviour.set(
        r ->
            ExecResponse.newBuilder()
                .setOutcome(Outcome.OUTCOME_OK)
                .setStatusCode(201)
                .setBody(ByteString.copyFromUtf8("made " + r.getRequest().getBody().toStringUtf8()))
                .build());
    HttpResponse<String> r = post("it");
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.body()).isEqualTo("made it");
    ExecutionRecord rec = awaitRecord();
    assertThat(rec.requestHeaders()).containsEntry("authorization", "[redacted]");
    assertThat(rec.requestBody()).isEqualTo("it");
    assertThat(rec.responseBody()).isEqualTo("made it");
    assertThat(rec.routeId()).isNotNull();
    assertThat(rec.executionId()).isEqualTo(r.headers().firstValue("x-execution-id").orElseThrow());
  }

  @Test
  void aBodyOverTheCapIs413AndNeverReachesTheExecutor() throws Exception {
    behaviour.set(r -> {
      throw new AssertionError("must not be called");
    });
    HttpResponse<String> r = post("y".repeat(101));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("payload_too_large");
  }
}
