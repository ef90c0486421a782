package dev.picloud.common.grpc;

import io.grpc.ManagedChannel;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A client channel that moves to a fresh connection every {@value #CALLS_PER_CONNECTION} calls.
 *
 * <p>Helidon 4.1.7's HTTP/2 server keeps every finished stream of a connection in its stream table and refuses the
 * connection's 8,192nd stream with a GOAWAY that also fails the calls in flight on it. Opening a new connection well
 * before that — and closing the old one gracefully, so its calls in flight finish — keeps every call on a connection
 * that accepts it.
 */
public final class RotatingChannel implements AutoCloseable {
  /** Calls on one connection before moving to a fresh one (far below Helidon's 8,192). */
  public static final long CALLS_PER_CONNECTION = 4_000;

  private final String target;
  private final Consumer<ManagedChannel> onNewChannel;
  private final AtomicReference<ManagedChannel> current;
  private final AtomicLong calls = new AtomicLong();

  /**
   * @param target {@code host:port}
   * @param onNewChannel told about each new channel (e.g. to watch its connectivity)
   */
  public RotatingChannel(String target, Consumer<ManagedChannel> onNewChannel) {
    this.target = target;
    this.onNewChannel = onNewChannel;
    ManagedChannel first = GrpcChannels.plaintext(target);
    this.current = new AtomicReference<>(first);
    onNewChannel.accept(first);
  }

  /** A channel for {@code target}. */
  public RotatingChannel(String target) {
    this(target, c -> {});
  }

  /** The channel for the next call (counts the call). */
  public ManagedChannel forCall() {
    if (calls.incrementAndGet() % CALLS_PER_CONNECTION == 0) {
      ManagedChannel fresh = GrpcChannels.plaintext(target);
      ManagedChannel old = current.getAndSet(fresh);
      onNewChannel.accept(fresh);
      old.shutdown();
    }
    return current.get();
  }

  /** The channel now, without counting a call (connectivity checks, streams that stay open). */
  public ManagedChannel channel() {
    return current.get();
  }

  /** The target. */
  public String target() {
    return target;
  }

  @Override
  public void close() {
    GrpcChannels.close(current.get());
  }
}
