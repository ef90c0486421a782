package dev.picloud.common.catalog;

import dev.picloud.common.error.NotFoundException;
import dev.picloud.common.grpc.GrpcErrors;
import dev.picloud.common.id.ScriptId;
import dev.picloud.proto.v1.CatalogGrpc;
import dev.picloud.proto.v1.GetRoutingTableRequest;
import dev.picloud.proto.v1.GetScriptRequest;
import dev.picloud.proto.v1.RoutingTableMessage;
import dev.picloud.proto.v1.ScriptSourceMessage;
import dev.picloud.proto.v1.WatchRequest;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.locks.ReentrantLock;

/** Serves {@code picloud.v1.Catalog} over gRPC from an in-process {@link ScriptResolver} (the manager's). */
public final class CatalogGrpcService extends CatalogGrpc.CatalogImplBase {
  private final ScriptResolver delegate;

  public CatalogGrpcService(ScriptResolver delegate) {
    this.delegate = delegate;
  }

  @Override
  public void getScript(GetScriptRequest request, StreamObserver<ScriptSourceMessage> responses) {
    GrpcErrors.unary(
        responses,
        () -> {
          ScriptId id = ScriptId.parse(request.getScriptId());
          return delegate
              .script(id, request.getVersion())
              .map(CatalogMapper::toProto)
              .orElseThrow(
                  () ->
                      NotFoundException.of(
                          "script version", id + (request.getVersion() == 0 ? "" : "@" + request.getVersion())));
        });
  }

  @Override
  public void getRoutingTable(GetRoutingTableRequest request, StreamObserver<RoutingTableMessage> responses) {
    GrpcErrors.unary(responses, () -> CatalogMapper.toProto(delegate.routingTable()));
  }

  @Override
  public void watch(WatchRequest request, StreamObserver<dev.picloud.proto.v1.Invalidation> responses) {
    ServerCallStreamObserver<dev.picloud.proto.v1.Invalidation> stream =
        (ServerCallStreamObserver<dev.picloud.proto.v1.Invalidation>) responses;
    ReentrantLock lock = new ReentrantLock();
    ScriptResolver.Subscription subscription =
        delegate.watch(
            invalidation -> {
              lock.lock();
              try {
                if (!stream.isCancelled()) {
                  stream.onNext(CatalogMapper.toProto(invalidation));
                }
              } finally {
                lock.unlock();
              }
            });
    stream.setOnCancelHandler(subscription::close);
    long revision = delegate.routingTable().revision();
    lock.lock();
    try {
      stream.onNext(CatalogMapper.toProto(new Invalidation(Invalidation.Kind.RESYNC, "", revision)));
    } finally {
      lock.unlock();
    }
  }
}
