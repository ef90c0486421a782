package dev.picloud.orchestrator.routing;

import dev.picloud.common.catalog.Invalidation;
import dev.picloud.common.catalog.RoutingTable;
import dev.picloud.common.catalog.ScriptResolver;
import dev.picloud.common.error.TransientException;
import dev.picloud.common.routing.RouteTable;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The compiled routing table, replaced whenever the catalog reports a change. The reload happens on the notifying
 * thread: in the all-in-one that is the admin request that made the change, so the change is live before that request
 * answers; across processes it is the watch stream's thread. Reloads are serialized, so a later reload always reads
 * data at least as new as an earlier one.
 */
public final class RoutingCache implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RoutingCache.class.getName());
  private static final RouteTable EMPTY = RouteTable.compile(new RoutingTable(0, List.of(), List.of(), List.of()));

  private final ScriptResolver catalog;
  private final AtomicReference<RouteTable> current = new AtomicReference<>();
  private final ReentrantLock reloadLock = new ReentrantLock();
  private ScriptResolver.Subscription subscription;

  public RoutingCache(ScriptResolver catalog) {
    this.catalog = catalog;
  }

  /** Subscribes to changes and loads the table once; when the catalog is unreachable the watch retries. */
  public RoutingCache start() {
    subscription = catalog.watch(this::changed);
    try {
      reload();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Routing table not loaded yet: {0}", e.getMessage());
    }
    return this;
  }

  /**
   * The table to route with.
   *
   * @throws TransientException until the first table has loaded
   */
  public RouteTable table() {
    RouteTable table = current.get();
    if (table == null) {
      throw new TransientException("the routing table has not loaded yet (is the manager reachable?)");
    }
    return table;
  }

  /** The table if loaded, else an empty one. */
  public RouteTable tableOrEmpty() {
    RouteTable table = current.get();
    return table == null ? EMPTY : table;
  }

  private void changed(Invalidation invalidation) {
    try {
      reload();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reloading the routing table failed: {0}", e.getMessage());
    }
  }

  /** Loads the table now. */
  public void reload() {
    reloadLock.lock();
    try {
      RouteTable fresh = RouteTable.compile(catalog.routingTable());
      current.set(fresh);
    } finally {
      reloadLock.unlock();
    }
  }

  @Override
  public void close() {
    if (subscription != null) {
      subscription.close();
    }
  }
}
