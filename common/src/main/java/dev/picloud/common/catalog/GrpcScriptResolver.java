package dev.picloud.common.catalog;

import dev.picloud.common.grpc.RotatingChannel;
import dev.picloud.common.grpc.GrpcErrors;
import dev.picloud.common.id.ScriptId;
import dev.picloud.proto.v1.CatalogGrpc;
import dev.picloud.proto.v1.GetRoutingTableRequest;
import dev.picloud.proto.v1.GetScriptRequest;
import dev.picloud.proto.v1.WatchRequest;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads the manager's catalog over gRPC. {@link #watch} holds a server stream open on a virtual thread and reconnects
 * with backoff when it breaks; each (re)connection starts with a {@link Invalidation.Kind#RESYNC}, so caches refresh
 * whatever they may have missed.
 */
public final class GrpcScriptResolver implements ScriptResolver, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(GrpcScriptResolver.class.getName());
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

  private final String target;
  private final RotatingChannel channel;
  private final String subscriberName;

  /**
   * @param target {@code host:port} of the manager's gRPC listener
   * @param subscriberName who watches, for the manager's logs
   */
  public GrpcScriptResolver(String target, String subscriberName) {
    this.target = target;
    this.channel = new RotatingChannel(target);
    this.subscriberName = subscriberName;
  }

  @Override
  public Optional<ScriptSource> script(ScriptId scriptId, long version) {
    try {
      return Optional.of(
          CatalogMapper.fromProto(
              blocking()
                  .getScript(
                      GetScriptRequest.newBuilder().setScriptId(scriptId.toString()).setVersion(version).build())));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw GrpcErrors.fromStatus(e, "manager " + target);
    }
  }

  @Override
  public RoutingTable routingTable() {
    try {
      return CatalogMapper.fromProto(blocking().getRoutingTable(GetRoutingTableRequest.getDefaultInstance()));
    } catch (StatusRuntimeException e) {
      throw GrpcErrors.fromStatus(e, "manager " + target);
    }
  }

  @Override
  public Subscription watch(Consumer<Invalidation> listener) {
    AtomicBoolean open = new AtomicBoolean(true);
    AtomicReference<Context.CancellableContext> current = new AtomicReference<>();
    Thread thread =
        Thread.ofVirtual()
            .name("catalog-watch")
            .start(
                () -> {
                  long backoffMs = 100;
                  while (open.get()) {
                    Context.CancellableContext context = Context.current().withCancellation();
                    current.set(context);
                    try {
                      context.run(() -> stream(listener));
                      backoffMs = 100;
                    } catch (StatusRuntimeException e) {
                      if (open.get()) {
                        LOG.log(Level.DEBUG, "Catalog watch on {0} broke: {1}", target, e.getStatus());
                      }
                    } finally {
                      context.cancel(null);
                    }
                    if (!sleep(backoffMs, open)) {
                      return;
                    }
                    backoffMs = Math.min(MAX_BACKOFF.toMillis(), backoffMs * 2);
                  }
                });
    return () -> {
      open.set(false);
      Context.CancellableContext context = current.get();
      if (context != null) {
        context.cancel(null);
      }
      thread.interrupt();
    };
  }

  private void stream(Consumer<Invalidation> listener) {
    Iterator<dev.picloud.proto.v1.Invalidation> it =
        CatalogGrpc.newBlockingStub(channel.channel()).watch(WatchRequest.newBuilder().setSubscriber(subscriberName).build());
    while (it.hasNext()) {
      listener.accept(CatalogMapper.fromProto(it.next()));
    }
  }

  private static boolean sleep(long millis, AtomicBoolean open) {
    try {
      Thread.sleep(millis);
      return open.get();
    } catch (InterruptedException e) {
      return false;
    }
  }

  private CatalogGrpc.CatalogBlockingStub blocking() {
    return CatalogGrpc.newBlockingStub(channel.forCall()).withDeadlineAfter(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    channel.close();
  }
}
