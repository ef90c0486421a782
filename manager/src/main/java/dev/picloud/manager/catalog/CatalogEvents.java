package dev.picloud.manager.catalog;

import dev.picloud.common.catalog.Invalidation;
import dev.picloud.common.catalog.ScriptResolver;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The routing-table revision and the listeners told about every change. Services call {@link #published} after their
 * transaction commits; listeners (in-process caches, gRPC watch streams) run on the caller's thread and must be quick.
 */
public final class CatalogEvents {
  private static final System.Logger LOG = System.getLogger(CatalogEvents.class.getName());

  private final AtomicLong revision = new AtomicLong(1);
  private final List<Consumer<Invalidation>> listeners = new CopyOnWriteArrayList<>();

  /** The current revision. */
  public long revision() {
    return revision.get();
  }

  /** Records a committed change and tells every listener. */
  public void published(Invalidation.Kind kind, String id) {
    Invalidation invalidation = new Invalidation(kind, id, revision.incrementAndGet());
    for (Consumer<Invalidation> listener : listeners) {
      try {
        listener.accept(invalidation);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A catalog listener failed", e);
      }
    }
  }

  /** Adds a listener until the returned subscription is closed. */
  public ScriptResolver.Subscription subscribe(Consumer<Invalidation> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
