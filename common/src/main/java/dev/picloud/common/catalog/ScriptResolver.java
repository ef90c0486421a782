package dev.picloud.common.catalog;

import dev.picloud.common.id.ScriptId;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the manager's catalog: script sources, the routing table, and change notifications. */
public interface ScriptResolver {
  /**
   * One version of a script.
   *
   * @param version the version, or 0 for the current one
   * @return empty when the script or that version does not exist
   */
  Optional<ScriptSource> script(ScriptId scriptId, long version);

  /** The current routing table. */
  RoutingTable routingTable();

  /**
   * Registers a listener called (on some background thread) after every change; close the returned handle to stop.
   * Implementations may call it with {@link Invalidation.Kind#RESYNC} at any time, meaning "refresh everything".
   */
  Subscription watch(Consumer<Invalidation> listener);

  /** A registration that can be cancelled. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
