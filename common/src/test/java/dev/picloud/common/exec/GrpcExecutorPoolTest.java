package dev.picloud.common.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.picloud.common.error.TransientException;
import dev.picloud.common.grpc.GrpcServices;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.Outcome;
import io.helidon.webserver.WebServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The executor pool against real gRPC listeners: spreading, failover, validation, discovery syntax. */
class GrpcExecutorPoolTest {

  private static WebServer executor(String name) {
    ExecutorClient echo =
        r -> ExecResponse.newBuilder().setOutcome(Outcome.OUTCOME_OK).setStatusCode(200).setBody(ByteString.copyFromUtf8(name)).build();
    ScriptValidator validator =
        new ScriptValidator() {
          @Override
          public Set<String> languages() {
            return Set.of("rhai");
          }

          @Override
          public Optional<SyntaxProblem> validate(String language, String source) {
            return Optional.empty();
          }
        };
    return WebServer.builder()
        .host("127.0.0.1")
        .port(0)
        .connectionOptions(o -> o.tcpNoDelay(true))
        .addRouting(GrpcServices.routing(new ExecutorGrpcService(echo, validator, name)))
        .build()
        .start();
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static ExecRequest request() {
    return ExecRequest.newBuilder().setExecutionId("e").build();
  }

  @Test
  void spreadsRequestsAndFailsOverWhenAnExecutorIsGone() {
    WebServer a = executor("a");
    WebServer b = executor("b");
    try (GrpcExecutorPool pool =
        new GrpcExecutorPool(
            ExecutorEndpoints.parse("127.0.0.1:" + a.port() + ", 127.0.0.1:" + b.port()), Duration.ofSeconds(5))) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < 60; i++) {
        seen.merge(pool.execute(request()).getBody().toStringUtf8(), 1, Integer::sum);
      }
      assertThat(seen).containsKeys("a", "b");

      a.stop();
      for (int i = 0; i < 20; i++) {
        ExecResponse r = pool.execute(request());
        assertThat(r.getOutcome()).isEqualTo(Outcome.OUTCOME_OK);
        assertThat(r.getBody().toStringUtf8()).isEqualTo("b");
      }
      assertThat(pool.validate("rhai", "1")).isEmpty();
      assertThat(pool.languages()).containsExactly("rhai");
    } finally {
      b.stop();
    }
  }

  @Test
  void moreCallsThanHelidonAllowsOnOneConnectionAllSucceed() {
    // Helidon 4.1.7 refuses the 8,192nd stream of an HTTP/2 connection with a GOAWAY; the pool moves to a fresh
    // connection well before (RotatingChannel), so a long-lived orchestrator never sees that failure.
    WebServer a = executor("a");
    try (GrpcExecutorPool pool =
        new GrpcExecutorPool(ExecutorEndpoints.parse("127.0.0.1:" + a.port()), Duration.ofSeconds(5))) {
      for (int i = 0; i < 10_000; i++) {
        assertThat(pool.execute(request()).getOutcome()).as("call %d", i).isEqualTo(Outcome.OUTCOME_OK);
      }
    } finally {
      a.stop();
    }
  }

  @Test
  void noReachableExecutorIsTransient() throws Exception {
    try (GrpcExecutorPool pool =
        new GrpcExecutorPool(
            ExecutorEndpoints.parse("127.0.0.1:" + freePort() + ",127.0.0.1:" + freePort()), Duration.ofSeconds(2))) {
      assertThatThrownBy(() -> pool.execute(request()))
          .isInstanceOf(TransientException.class)
          .hasMessageContaining("no executor could take the request (tried 2 of 2)");
    }
  }

  @Test
  void dnsTargetsResolveToEveryAddress() throws Exception {
    WebServer a = executor("a");
    try (GrpcExecutorPool pool =
        new GrpcExecutorPool(ExecutorEndpoints.parse("dns:///localhost:" + a.port()), Duration.ofSeconds(5))) {
      assertThat(pool.status()).containsKey("127.0.0.1:" + a.port());
      assertThat(pool.execute(request()).getBody().toStringUtf8()).isEqualTo("a");
    } finally {
      a.stop();
    }
  }

  @Test
  void endpointSyntaxErrorsAreExplained() {
    assertThatThrownBy(() -> ExecutorEndpoints.parse("dns:///nohost")).hasMessageContaining("dns:///name:port");
    assertThatThrownBy(() -> ExecutorEndpoints.parse("a:99999")).hasMessageContaining("bad port");
    assertThatThrownBy(() -> ExecutorEndpoints.parse(" , ")).hasMessageContaining("names no executor");
    assertThat(ExecutorEndpoints.parse("a:1,b:2").staticTargets()).containsExactly("a:1", "b:2");
  }
}
