package dev.picloud.common.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.common.error.NotFoundException;
import dev.picloud.common.error.TransientException;
import dev.picloud.proto.v1.ErrorDetail;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.Header;
import dev.picloud.proto.v1.HttpRequest;
import dev.picloud.proto.v1.Limits;
import dev.picloud.proto.v1.Outcome;
import com.google.protobuf.ByteString;
import io.helidon.webserver.WebServer;
import dev.picloud.common.grpc.GrpcServices;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An Execute round trip over a real Helidon gRPC listener on loopback, with a grpc-java client. */
class ExecutorGrpcRoundTripTest {
  private static WebServer server;
  private static GrpcExecutorClient client;

  /** Echoes the request into the response so the test can see every field crossed the wire. */
  private static final ExecutorClient ECHO =
      request -> {
        String path = request.getRequest().getPath();
        if (path.equals("/missing")) {
          throw NotFoundException.of("script", request.getScriptId());
        }
        if (path.equals("/slow")) {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return ExecResponse.newBuilder()
            .setOutcome(Outcome.OUTCOME_OK)
            .setStatusCode(200)
            .addHeaders(Header.newBuilder().setName("x-virtual").setValue(Boolean.toString(Thread.currentThread().isVirtual())))
            .setBody(
                ByteString.copyFromUtf8(
                    request.getScriptId()
                        + "@"
                        + request.getScriptVersion()
                        + " "
                        + request.getRequest().getMethod()
                        + " "
                        + path
                        + " "
                        + request.getRequest().getBody().toString(StandardCharsets.UTF_8)))
            .setError(ErrorDetail.newBuilder().setLine(3).setColumn(9))
            .build();
      };

  /** Accepts everything but the source "bad". */
  private static final ScriptValidator NO_VALIDATOR =
      new ScriptValidator() {
        @Override
        public java.util.Set<String> languages() {
          return java.util.Set.of("rhai");
        }

        @Override
        public java.util.Optional<SyntaxProblem> validate(String language, String source) {
          return source.equals("bad")
              ? java.util.Optional.of(new SyntaxProblem("UnexpectedEOF", "Script is incomplete", 1, 4))
              : java.util.Optional.empty();
        }
      };

  @BeforeAll
  static void start() {
    server =
        WebServer.builder()
            .port(0)
            .host("127.0.0.1")
            .connectionOptions(o -> o.tcpNoDelay(true))
            .addRouting(GrpcServices.routing(new ExecutorGrpcService(ECHO, NO_VALIDATOR, "echo")))
            .build()
            .start();
    client = new GrpcExecutorClient("127.0.0.1:" + server.port(), Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    client.close();
    server.stop();
  }

  private static ExecRequest request(String path, long timeoutMs) {
    return ExecRequest.newBuilder()
        .setExecutionId("e1")
        .setScriptId("s1")
        .setScriptVersion(4)
        .setRequest(
            HttpRequest.newBuilder()
                .setMethod("POST")
                .setPath(path)
                .setBody(ByteString.copyFromUtf8("{\"n\":1}")))
        .setLimits(Limits.newBuilder().setTimeoutMs(timeoutMs))
        .build();
  }

  @Test
  void executeCrossesTheWireBothWays() {
    ExecResponse response = client.execute(request("/echo", 1_000));
    assertThat(response.getOutcome()).isEqualTo(Outcome.OUTCOME_OK);
    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody().toStringUtf8()).isEqualTo("s1@4 POST /echo {\"n\":1}");
    assertThat(response.getError().getLine()).isEqualTo(3);
    assertThat(response.getHeaders(0).getValue()).as("handler ran on a virtual thread").isEqualTo("true");
  }

  @Test
  void validateAndDescribeCrossTheWire() {
    try (GrpcExecutorPool remote =
        new GrpcExecutorPool(ExecutorEndpoints.parse("127.0.0.1:" + server.port()), Duration.ofSeconds(5))) {
      assertThat(remote.languages()).containsExactly("rhai");
      assertThat(remote.validate("rhai", "ok")).isEmpty();
      assertThat(remote.validate("rhai", "bad"))
          .contains(new ScriptValidator.SyntaxProblem("UnexpectedEOF", "Script is incomplete", 1, 4));
    }
  }

  @Test
  void platformErrorsComeBackTyped() {
    assertThatThrownBy(() -> client.execute(request("/missing", 1_000)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("script 's1' not found");
  }

  @Test
  void aRunPastItsDeadlineBecomesATimeoutOutcome() {
    // 200 ms timeout + the 2 s margin < the 3 s the executor takes.
    ExecResponse response = client.execute(request("/slow", 200));
    assertThat(response.getOutcome()).isEqualTo(Outcome.OUTCOME_TIMEOUT);
    assertThat(response.getStatusCode()).isEqualTo(504);
  }

  @Test
  void anExecutorThatIsNotThereIsTransient() throws Exception {
    int freePort;
    try (ServerSocket s = new ServerSocket(0)) {
      freePort = s.getLocalPort();
    }
    try (GrpcExecutorClient nowhere = new GrpcExecutorClient("127.0.0.1:" + freePort, Duration.ofSeconds(1))) {
      assertThatThrownBy(() -> nowhere.execute(request("/echo", 500)))
          .isInstanceOf(TransientException.class)
          .hasMessageContaining("unavailable");
    }
  }
}
