package dev.picloud.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.common.testing.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The product's core promise end to end, through real HTTP against a deployment on a real PostgreSQL (subclasses
 * start the all-in-one or the split deployment): create a
 * script, bind a route, call it, see the execution; versions and rollback; host-based app routing; reserved paths;
 * and every status of the outcome table provoked by a real script.
 */
abstract class CoreFlowContract {
  /** The admin token every deployment under test is started with. */
  static final String TOKEN = "test-admin-token-0123456789";

  /** Settings every deployment under test runs with (a gate of 2 and a 2 KiB body cap make 503 and 413 easy). */
  static Map<String, String> settings() {
    Map<String, String> env = new HashMap<>();
    env.put("PICLOUD_ADMIN_TOKEN", TOKEN);
    env.put("PICLOUD_MAX_CONCURRENT_EXECUTIONS", "2");
    env.put("PICLOUD_MAX_BODY_BYTES", "2048");
    return env;
  }

  /** A PostgreSQL URL for the deployment's DATABASE_URL. */
  static String databaseUrl(TestDatabase db) {
    return db.url().jdbcUrl() + (db.url().user().isEmpty() ? "" : "?user=" + db.url().user());
  }

  static Api api;

  private static String create(String name, String source, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>(extra);
    body.put("name", name);
    body.put("source", source);
    Api.Reply r = api.admin("POST", "/scripts", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return (String) r.get("id");
  }

  private static void route(String scriptId, String method, String path) {
    Api.Reply r = api.admin("POST", "/scripts/" + scriptId + "/routes", Map.of("method", method, "path", path));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    synced();
  }

  private static String canary;
  private static int canaryVersion;

  /**
   * Waits until the ingress has every change made so far. In the all-in-one a change is live before the admin call
   * answers; across processes it arrives through the catalog watch. The ingress reloads the whole table in order, so
   * once a later change (a new version of a canary script) is visible, every earlier one is too.
   */
  static synchronized void synced() {
    canaryVersion++;
    String expected = "canary " + canaryVersion;
    if (canary == null) {
      canary = create("canary", "\"" + expected + "\"", Map.of());
    } else {
      assertThat(api.admin("PUT", "/scripts/" + canary, Map.of("source", "\"" + expected + "\"")).status()).isEqualTo(200);
    }
    long deadline = System.nanoTime() + 3_000_000_000L;
    while (!api.call("GET", "/api/v1/execute/" + canary, null, null, null).body().equals(expected)) {
      assertThat(System.nanoTime()).as("the ingress sees changes within 3 s").isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void theAdminApiNeedsTheToken() {
    assertThat(api.adminUnauthenticated("/api/v1/admin/apps").status()).isEqualTo(401);
    Api.Reply wrong = api.withToken("not-the-token-at-all").admin("GET", "/apps", null);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.get("error")).isEqualTo("unauthenticated");
    assertThat(wrong.header("www-authenticate")).startsWith("Bearer");
  }

  @Test
  void createRouteCallAndSeeTheExecution() throws Exception {
    String id =
        create(
            "greet",
            "let name = ctx.request.params.name;\n"
                + "log::info(\"greeting\", #{ who: name });\n"
                + "#{ statusCode: 200, body: #{ hello: name, q: ctx.request.query.x } }",
            Map.of("description", "says hello"));
    route(id, "GET", "/greet/:name");

    Api.Reply reply = api.get("/greet/ann?x=1");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(Map.of("hello", "ann", "q", "1"));
    String executionId = reply.header("x-execution-id");
    assertThat(executionId).isNotBlank();

    Api.Reply one = api.awaitExecution(executionId);
    Api.Reply list = api.admin("GET", "/executions?script=" + id, null);
    assertThat(list.status()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> executions = (List<Map<String, Object>>) list.get("executions");
    assertThat(executions).extracting(e -> e.get("id")).contains(executionId);

    assertThat(one.status()).isEqualTo(200);
    assertThat(one.get("status")).isEqualTo("ok");
    assertThat(one.get("status_code")).isEqualTo(200L);
    assertThat(one.get("path")).isEqualTo("/greet/ann");
    assertThat(one.body()).contains("\"message\":\"greeting\"").contains("\"who\":\"ann\"");
  }

  @Test
  void aScriptThatDoesNotCompileIsRefusedWithItsPosition() {
    Api.Reply r = api.admin("POST", "/scripts", Map.of("name", "broken", "source", "let x = 1;\nlet y = (2 + ;"));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.get("error")).isEqualTo("compile_error");
    assertThat(r.get("line")).isEqualTo(2L);
    assertThat((Long) r.get("column")).isPositive();
    assertThat((String) r.get("message")).startsWith("the script does not compile");

    Api.Reply valid = api.admin("POST", "/scripts/validate", Map.of("source", "40 + 2"));
    assertThat(valid.status()).isEqualTo(200);
    assertThat(api.admin("POST", "/scripts/validate", Map.of("source", "fn (")).status()).isEqualTo(422);
  }

  @Test
  void badRequestsNameTheProblem() {
    Api.Reply unknown = api.admin("POST", "/scripts", Map.of("name", "x", "source", "1", "timeoutMs", 5));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat((String) unknown.get("message")).contains("timeoutMs");
    Api.Reply missing = api.admin("POST", "/scripts", Map.of("source", "1"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.get("field")).isEqualTo("name");
    Api.Reply range = api.admin("POST", "/scripts", Map.of("name", "slowpoke", "source", "1", "timeout_ms", 999_999_999));
    assertThat(range.status()).isEqualTo(400);
    assertThat((String) range.get("message")).contains("timeout_ms must be between");
    assertThat(api.admin("GET", "/scripts/not-an-id", null).status()).isEqualTo(400);
    assertThat(api.admin("GET", "/scripts/0199a1b2-0000-7000-8000-000000000000", null).status()).isEqualTo(404);
  }

  @Test
  void everySaveIsANewVersionLiveAtOnceAndRollbackRestores() {
    String id = create("versioned", "\"v1\"", Map.of());
    route(id, "GET", "/versioned");
    assertThat(api.get("/versioned").body()).isEqualTo("v1");

    Api.Reply v2 = api.admin("PUT", "/scripts/" + id, Map.of("source", "\"v2\""));
    assertThat(v2.status()).isEqualTo(200);
    assertThat(v2.get("version")).isEqualTo(2L);
    synced();
    assertThat(api.get("/versioned").body()).isEqualTo("v2");

    Api.Reply back = api.admin("POST", "/scripts/" + id + "/rollback", Map.of("version", 1));
    assertThat(back.get("version")).isEqualTo(3L);
    assertThat(back.get("rolled_back_from")).isEqualTo(1L);
    synced();
    assertThat(api.get("/versioned").body()).isEqualTo("v1");

    Api.Reply versions = api.admin("GET", "/scripts/" + id + "/versions", null);
    assertThat(versions.body()).contains("\"version\":3").contains("\"version\":2").contains("\"version\":1");
    assertThat(api.admin("GET", "/scripts/" + id + "/versions/2", null).get("source")).isEqualTo("\"v2\"");
    assertThat(api.admin("PUT", "/scripts/" + id, Map.of("source", "oops(")).status()).isEqualTo(422);
    assertThat(api.get("/versioned").body()).as("a refused save changes nothing").isEqualTo("v1");
  }

  @Test
  void reservedAndConflictingRoutesAreRefused() {
    String id = create("routes-test", "1", Map.of());
    for (String path : List.of("/api/mine", "/admin/x", "/healthz", "/version")) {
      Api.Reply r = api.admin("POST", "/scripts/" + id + "/routes", Map.of("path", path));
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.get("error")).isEqualTo("reserved_path");
    }
    route(id, "GET", "/items/:id");
    Api.Reply conflict = api.admin("POST", "/scripts/" + id + "/routes", Map.of("method", "GET", "path", "/items/:other"));
    assertThat(conflict.status()).isEqualTo(409);
    assertThat((String) conflict.get("message")).contains("conflicts with").contains("/items/:id");
    Api.Reply bad = api.admin("POST", "/scripts/" + id + "/routes", Map.of("path", "no-slash"));
    assertThat(bad.status()).isEqualTo(400);

    Api.Reply match = api.admin("POST", "/routes/match", Map.of("method", "GET", "path", "/items/7"));
    assertThat(match.get("matched")).isEqualTo(true);
    assertThat(match.body()).contains("\"params\":{\"id\":\"7\"}").contains("routes-test");
    assertThat(api.call("DELETE", "/items/7", null, null, null).status()).isEqualTo(405);
  }

  @Test
  void hostsResolveToTheirAppsRoutes() {
    Api.Reply app = api.admin("POST", "/apps", Map.of("slug", "tenants", "domains", List.of("{tenant}.example.com")));
    assertThat(app.status()).as(app.body()).isEqualTo(201);
    String id = create("tenant-home", "`home of ${ctx.request.headers.host}`", Map.of("app", "tenants"));
    route(id, "GET", "/home");
    Api.Reply tenant = api.call("GET", "/home", "acme.example.com", null, null);
    assertThat(tenant.status()).isEqualTo(200);
    assertThat(tenant.body()).isEqualTo("home of acme.example.com");
    assertThat(api.call("GET", "/home", "elsewhere.org", null, null).status()).isEqualTo(404);
    Api.Reply dup = api.admin("POST", "/apps", Map.of("slug", "other", "domains", List.of("{tenant}.example.com")));
    assertThat(dup.status()).isEqualTo(409);
    assertThat((String) dup.get("message")).contains("already belongs to app 'tenants'");
  }

  @Test
  void directInvokeRunsAScriptById() {
    String id = create("direct", "ctx.request.method + \" \" + ctx.invocation_type", Map.of());
    synced();
    Api.Reply r = api.call("POST", "/api/v1/execute/" + id, null, null, null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("POST http");
  }

  @Test
  void outcomesMapToTheirStatuses() {
    String thrower = create("thrower", "let a = 1;\nthrow \"nope\";", Map.of());
    route(thrower, "GET", "/s/502");
    Api.Reply e502 = api.get("/s/502");
    assertThat(e502.status()).isEqualTo(502);
    assertThat(e502.get("error")).isEqualTo("script_error");
    assertThat(e502.get("line")).isEqualTo(2L);
    assertThat(e502.get("column")).isEqualTo(1L);
    assertThat((String) e502.get("message")).contains("nope");

    route(create("looper", "loop {}", Map.of("timeout_ms", 300, "max_operations", 1_000_000_000)), "GET", "/s/504");
    Api.Reply e504 = api.get("/s/504");
    assertThat(e504.status()).isEqualTo(504);
    assertThat(e504.get("error")).isEqualTo("timeout");

    route(create("counter", "let n = 0; loop { n += 1 }", Map.of("max_operations", 10_000)), "GET", "/s/507");
    Api.Reply e507 = api.get("/s/507");
    assertThat(e507.status()).isEqualTo(507);
    assertThat(e507.get("kind")).isEqualTo("ErrorTooManyOperations");

    route(create("hog", "let s = \"x\"; loop { s += s }", Map.of("memory_limit_mb", 4)), "GET", "/s/507m");
    Api.Reply memory = api.get("/s/507m");
    assertThat(memory.status()).isEqualTo(507);
    assertThat(memory.get("error")).isEqualTo("budget_exceeded");

    route(create("echo", "ctx.request.body", Map.of()), "POST", "/s/echo");
    Api.Reply e413 = api.call("POST", "/s/echo", null, "text/plain", "x".repeat(4096));
    assertThat(e413.status()).isEqualTo(413);
    assertThat(e413.get("error")).isEqualTo("payload_too_large");
    Api.Reply e400 = api.call("POST", "/s/echo", null, "application/json", "{\"a\": ");
    assertThat(e400.status()).isEqualTo(400);
    assertThat(api.call("POST", "/s/echo", null, "application/json", "{\"a\": [1]}").body()).isEqualTo("{\"a\":[1]}");

    assertThat(api.get("/nothing/here").status()).isEqualTo(404);
    assertThat(api.get("/nothing/here").get("error")).isEqualTo("not_found");
  }

  @Test
  void aFullGateRefusesWith503AndRetryAfterWhileOthersStillServe() throws Exception {
    route(create("sleeper", "sleep(1); \"slept\"", Map.of()), "GET", "/s/slow");
    List<Api.Reply> replies;
    try (java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      List<java.util.concurrent.Future<Api.Reply>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(threads.submit(() -> api.get("/s/slow")));
      }
      replies = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<Api.Reply> call : calls) {
        replies.add(call.get());
      }
    }
    // Four concurrent runs through a gate of two: at least one is refused at once, at least one is served.
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).isIn(200, 503));
    assertThat(replies).filteredOn(r -> r.status() == 200).isNotEmpty().allSatisfy(r -> assertThat(r.body()).isEqualTo("slept"));
    List<Api.Reply> refused = replies.stream().filter(r -> r.status() == 503).toList();
    assertThat(refused).isNotEmpty();
    assertThat(refused).allSatisfy(r -> {
      assertThat(r.header("retry-after")).isEqualTo("1");
      assertThat(r.get("error")).isEqualTo("overloaded");
    });
    assertThat(api.get("/healthz").status()).isEqualTo(200);
  }

  @Test
  void thePublicGrpcApiRunsScriptsByIdAndByRoute() throws Exception {
    String id = create("grpc-echo", "`${ctx.request.method} ${ctx.request.path} ${ctx.request.body}`", Map.of());
    route(id, "PUT", "/g/:x");
    synced();
    io.grpc.ManagedChannel channel = dev.picloud.common.grpc.GrpcChannels.plaintext(api.publicHostPort());
    try {
      var stub = dev.picloud.proto.v1.InvokeGrpc.newBlockingStub(channel);
      var byId =
          stub.execute(
              dev.picloud.proto.v1.InvokeRequest.newBuilder()
                  .setScriptId(id)
                  .setBody(com.google.protobuf.ByteString.copyFromUtf8("hi"))
                  .build());
      assertThat(byId.getStatusCode()).isEqualTo(200);
      assertThat(byId.getBody().toStringUtf8()).isEqualTo("POST /api/v1/execute/" + id + " hi");
      assertThat(byId.getExecutionId()).isNotEmpty();

      var byRoute =
          stub.execute(
              dev.picloud.proto.v1.InvokeRequest.newBuilder()
                  .setRoute(dev.picloud.proto.v1.RouteTarget.newBuilder().setMethod("PUT").setPath("/g/7?q=1"))
                  .setBody(com.google.protobuf.ByteString.copyFromUtf8("there"))
                  .build());
      assertThat(byRoute.getStatusCode()).isEqualTo(200);
      assertThat(byRoute.getBody().toStringUtf8()).isEqualTo("PUT /g/7 there");

      var missing =
          stub.execute(
              dev.picloud.proto.v1.InvokeRequest.newBuilder()
                  .setRoute(dev.picloud.proto.v1.RouteTarget.newBuilder().setPath("/nowhere"))
                  .build());
      assertThat(missing.getStatusCode()).isEqualTo(404);
      assertThat(missing.getOutcome()).isEqualTo(dev.picloud.proto.v1.Outcome.OUTCOME_NOT_FOUND);

      // Server reflection lets tools like grpcurl discover the API.
      java.util.concurrent.CompletableFuture<List<String>> services = new java.util.concurrent.CompletableFuture<>();
      var reflection = io.grpc.reflection.v1alpha.ServerReflectionGrpc.newStub(channel);
      var requests =
          reflection.serverReflectionInfo(
              new io.grpc.stub.StreamObserver<io.grpc.reflection.v1alpha.ServerReflectionResponse>() {
                @Override
                public void onNext(io.grpc.reflection.v1alpha.ServerReflectionResponse r) {
                  services.complete(
                      r.getListServicesResponse().getServiceList().stream()
                          .map(io.grpc.reflection.v1alpha.ServiceResponse::getName)
                          .toList());
                }

                @Override
                public void onError(Throwable t) {
                  services.completeExceptionally(t);
                }

                @Override
                public void onCompleted() {}
              });
      requests.onNext(io.grpc.reflection.v1alpha.ServerReflectionRequest.newBuilder().setListServices("").build());
      assertThat(services.get(10, java.util.concurrent.TimeUnit.SECONDS)).contains("picloud.v1.Invoke");
      requests.onCompleted();
    } finally {
      dev.picloud.common.grpc.GrpcChannels.close(channel);
    }
  }
}
