package dev.picloud.common.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.common.config.Setting;
import io.helidon.webserver.WebServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop lets requests in flight finish, refuses new ones with 503, and does not wait out the grace period when
 * nothing is running — over HTTP/1.1 and over h2c (which Helidon's own stop would cut).
 */
class DrainTest {
  @Test
  void http2RequestsInFlightFinishAndNewOnesAreRefused() throws Exception {
    drains(HttpClient.Version.HTTP_2);
  }

  @Test
  void http1RequestsInFlightFinishAndNewOnesAreRefused() throws Exception {
    drains(HttpClient.Version.HTTP_1_1);
  }

  private void drains(HttpClient.Version version) throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    RequestDrain drain = new RequestDrain();
    WebServer server =
        Servers.start(
            Servers.builder(InetSocketAddress.createUnresolved("127.0.0.1", 0))
                .routing(
                    r ->
                        r.addFilter(drain.filter())
                            .get(
                                "/slow",
                                (req, res) -> {
                                  entered.countDown();
                                  release.await(10, TimeUnit.SECONDS);
                                  res.send("finished");
                                })
                            .get("/fast", (req, res) -> res.send("fast"))),
            new Setting("server.bind", "PICLOUD_BIND", "", "bind"));
    HttpClient client = HttpClient.newBuilder().version(version).build();
    String base = "http://127.0.0.1:" + server.port();
    assertThat(client.send(get(base + "/fast"), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("fast");
    CompletableFuture<HttpResponse<String>> inFlight =
        client.sendAsync(get(base + "/slow"), HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

    long start = System.nanoTime();
    CompletableFuture<Void> stopping =
        CompletableFuture.runAsync(
            () -> {
              try {
                Servers.stopper(server, drain, Duration.ofSeconds(20)).close();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    while (drain.inFlight() > 0 && !stopping.isDone()) {
      HttpResponse<String> refused =
          HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
              .send(get(base + "/fast"), HttpResponse.BodyHandlers.ofString());
      if (refused.statusCode() == 503) {
        assertThat(refused.body()).contains("shutting_down");
        break;
      }
    }
    release.countDown();
    HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("finished");
    stopping.get(10, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(server.isRunning()).isFalse();
  }

  @Test
  void finishedGrpcCallsNoLongerCountAsInFlight() {
    RequestDrain drain = new RequestDrain();
    dev.picloud.common.exec.ExecutorClient echo =
        r -> dev.picloud.proto.v1.ExecResponse.newBuilder().setStatusCode(200).build();
    dev.picloud.common.exec.ScriptValidator none =
        new dev.picloud.common.exec.ScriptValidator() {
          @Override
          public java.util.Set<String> languages() {
            return java.util.Set.of();
          }

          @Override
          public java.util.Optional<SyntaxProblem> validate(String language, String source) {
            return java.util.Optional.empty();
          }
        };
    WebServer server =
        WebServer.builder()
            .host("127.0.0.1")
            .port(0)
            .addRouting(
                dev.picloud.common.grpc.GrpcServices.routing(
                    java.util.List.of(drain.grpcInterceptor()),
                    new dev.picloud.common.exec.ExecutorGrpcService(echo, none, "e")))
            .build()
            .start();
    try (dev.picloud.common.exec.GrpcExecutorClient client =
        new dev.picloud.common.exec.GrpcExecutorClient("127.0.0.1:" + server.port(), Duration.ofSeconds(5))) {
      for (int i = 0; i < 20; i++) {
        client.execute(dev.picloud.proto.v1.ExecRequest.getDefaultInstance());
      }
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (drain.inFlight() > 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(drain.inFlight()).isZero();
      assertThat(drain.drain(Duration.ofMillis(100))).isTrue();
    } finally {
      server.stop();
    }
  }

  private static HttpRequest get(String uri) {
    return HttpRequest.newBuilder(URI.create(uri)).build();
  }
}
