package dev.picloud.common.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.common.id.AppId;
import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.common.testing.InMemoryScriptResolver;
import io.helidon.webserver.WebServer;
import dev.picloud.common.grpc.GrpcServices;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalog seam over a real gRPC listener: reads, not-found, and the invalidation stream. */
class CatalogGrpcTest {
  private final InMemoryScriptResolver catalog = new InMemoryScriptResolver();
  private final AppId app = AppId.generate();
  private final ScriptId script = ScriptId.generate();
  private WebServer server;
  private GrpcScriptResolver remote;

  @BeforeEach
  void start() {
    server =
        WebServer.builder()
            .port(0)
            .host("127.0.0.1")
            .connectionOptions(o -> o.tcpNoDelay(true))
            .addRouting(GrpcServices.routing(new CatalogGrpcService(catalog)))
            .build()
            .start();
    remote = new GrpcScriptResolver("127.0.0.1:" + server.port(), "test");
    catalog.put(new ScriptSource(script, 1, app, "hello", "rhai", "42", new ScriptLimits(1000, 0, 0)));
    catalog.put(new ScriptSource(script, 2, app, "hello", "rhai", "43", ScriptLimits.DEFAULTS));
  }

  @AfterEach
  void stop() {
    remote.close();
    server.stop();
  }

  @Test
  void readsScriptVersionsAndTheCurrentOne() {
    assertThat(remote.script(script, 1)).get().extracting(ScriptSource::source).isEqualTo("42");
    assertThat(remote.script(script, 1).orElseThrow().limits().timeoutMs()).isEqualTo(1000);
    assertThat(remote.script(script, 0)).get().extracting(ScriptSource::version).isEqualTo(2L);
    assertThat(remote.script(script, 9)).isEmpty();
    assertThat(remote.script(ScriptId.generate(), 0)).isEmpty();
  }

  @Test
  void readsTheRoutingTable() {
    RouteId route = RouteId.generate();
    catalog.setRouting(
        List.of(new AppEntry(app, "default", List.of("api.example.com"))),
        List.of(new RouteEntry(route, app, script, "GET", "/users/:id", "", "sync")));
    RoutingTable table = remote.routingTable();
    assertThat(table.revision()).isEqualTo(catalog.routingTable().revision());
    assertThat(table.apps()).containsExactly(new AppEntry(app, "default", List.of("api.example.com")));
    assertThat(table.routes()).singleElement().extracting(RouteEntry::path).isEqualTo("/users/:id");
    assertThat(table.scripts()).singleElement().extracting(ScriptEntry::version).isEqualTo(2L);
  }

  @Test
  void watchStartsWithAResyncThenStreamsChanges() throws InterruptedException {
    BlockingQueue<Invalidation> seen = new LinkedBlockingQueue<>();
    try (ScriptResolver.Subscription ignored = remote.watch(seen::add)) {
      Invalidation first = seen.poll(10, TimeUnit.SECONDS);
      assertThat(first).isNotNull();
      assertThat(first.kind()).isEqualTo(Invalidation.Kind.RESYNC);

      catalog.put(new ScriptSource(script, 3, app, "hello", "rhai", "44", ScriptLimits.DEFAULTS));
      Invalidation change = seen.poll(10, TimeUnit.SECONDS);
      assertThat(change).isNotNull();
      assertThat(change.kind()).isEqualTo(Invalidation.Kind.SCRIPT);
      assertThat(change.id()).isEqualTo(script.toString());
    }
  }
}
