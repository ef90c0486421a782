package dev.picloud.common.grpc;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Client channels between tiers: grpc-java over plaintext HTTP/2 (tiers talk on a private network or loopback). */
public final class GrpcChannels {
  private GrpcChannels() {}

  /**
   * A channel to {@code host:port} (or {@code dns:///name:port}, which resolves to every address of the name).
   * grpc-java keeps one HTTP/2 connection and multiplexes calls on it.
   */
  public static ManagedChannel plaintext(String target) {
    return ManagedChannelBuilder.forTarget(target)
        .usePlaintext()
        .keepAliveTime(30, TimeUnit.SECONDS)
        .keepAliveWithoutCalls(false)
        .maxInboundMessageSize(64 * 1024 * 1024)
        .build();
  }

  /** Shuts a channel down, waiting briefly for calls in flight. */
  public static void close(ManagedChannel channel) {
    channel.shutdown();
    try {
      if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
        channel.shutdownNow();
      }
    } catch (InterruptedException e) {
      channel.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
