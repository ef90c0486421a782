package dev.picloud.orchestrator;

import dev.picloud.common.catalog.ScriptResolver;
import dev.picloud.common.config.Settings;
import dev.picloud.common.exec.ExecutorClient;
import dev.picloud.orchestrator.dispatch.ConcurrencyGate;
import dev.picloud.orchestrator.dispatch.Dispatcher;
import dev.picloud.orchestrator.dispatch.ExecutionListener;
import dev.picloud.orchestrator.dispatch.IngressRoutes;
import dev.picloud.orchestrator.routing.RoutingCache;
import dev.picloud.orchestrator.api.InvokeGrpcService;
import io.grpc.BindableService;
import dev.picloud.common.grpc.StaticReflectionService;
import dev.picloud.proto.v1.InvokeProto;
import java.util.List;
import io.helidon.config.Config;
import io.helidon.webserver.http.HttpRouting;

/** The orchestrator, wired: routing cache, gate and dispatcher over a catalog and an executor client. */
public final class OrchestratorTier implements AutoCloseable {
  private final RoutingCache routing;
  private final ConcurrencyGate gate;
  private final Dispatcher dispatcher;
  private final IngressRoutes ingress;

  private OrchestratorTier(
      ScriptResolver catalog, ExecutorClient executor, int maxConcurrent, long maxBody, ExecutionListener listener) {
    this.routing = new RoutingCache(catalog).start();
    this.gate = new ConcurrencyGate(maxConcurrent);
    this.dispatcher = new Dispatcher(executor, gate, maxBody, listener);
    this.ingress = new IngressRoutes(routing, dispatcher);
  }

  /** Wires the orchestrator from its settings. */
  public static OrchestratorTier create(
      Config config, ScriptResolver catalog, ExecutorClient executor, ExecutionListener listener) {
    return new OrchestratorTier(
        catalog,
        executor,
        Settings.integer(config, OrchestratorSettings.MAX_CONCURRENT, 1, 100_000),
        Settings.longValue(config, OrchestratorSettings.MAX_BODY, 1, Integer.MAX_VALUE - 8),
        listener);
  }

  /** Mounts the ingress; must come after every other tier's routes (it ends with a catch-all). */
  public void routing(HttpRouting.Builder rules) {
    ingress.register(rules);
  }

  /** The public gRPC services: {@code picloud.v1.Invoke} and server reflection, so tools like grpcurl find it. */
  public List<BindableService> publicGrpcServices() {
    return List.of(
        new InvokeGrpcService(routing, dispatcher),
        new StaticReflectionService(List.of(InvokeProto.getDescriptor().findServiceByName("Invoke"))));
  }

  /** The routing cache (tests and the public gRPC API use it). */
  public RoutingCache routingCache() {
    return routing;
  }

  /** The gate (for metrics). */
  public ConcurrencyGate gate() {
    return gate;
  }

  @Override
  public void close() {
    routing.close();
  }
}
