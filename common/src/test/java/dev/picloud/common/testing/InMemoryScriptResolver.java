package dev.picloud.common.testing;

import dev.picloud.common.catalog.AppEntry;
import dev.picloud.common.catalog.Invalidation;
import dev.picloud.common.catalog.RouteEntry;
import dev.picloud.common.catalog.RoutingTable;
import dev.picloud.common.catalog.ScriptEntry;
import dev.picloud.common.catalog.ScriptResolver;
import dev.picloud.common.catalog.ScriptSource;
import dev.picloud.common.id.ScriptId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A catalog held in memory, for transport and executor tests that do not need the manager. */
public final class InMemoryScriptResolver implements ScriptResolver {
  private final Map<ScriptId, List<ScriptSource>> scripts = new ConcurrentHashMap<>();
  private final List<Consumer<Invalidation>> listeners = new CopyOnWriteArrayList<>();
  private volatile List<AppEntry> apps = List.of();
  private volatile List<RouteEntry> routes = List.of();
  private volatile long revision = 1;

  /** Adds a version of a script (versions must be added in order) and notifies watchers. */
  public void put(ScriptSource source) {
    scripts.computeIfAbsent(source.scriptId(), id -> new CopyOnWriteArrayList<>()).add(source);
    revision++;
    notify(new Invalidation(Invalidation.Kind.SCRIPT, source.scriptId().toString(), revision));
  }

  /** Replaces apps and routes and notifies watchers. */
  public void setRouting(List<AppEntry> newApps, List<RouteEntry> newRoutes) {
    apps = List.copyOf(newApps);
    routes = List.copyOf(newRoutes);
    revision++;
    notify(new Invalidation(Invalidation.Kind.ROUTES, "", revision));
  }

  @Override
  public Optional<ScriptSource> script(ScriptId scriptId, long version) {
    List<ScriptSource> versions = scripts.getOrDefault(scriptId, List.of());
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    if (version == 0) {
      return Optional.of(versions.get(versions.size() - 1));
    }
    return versions.stream().filter(s -> s.version() == version).findFirst();
  }

  @Override
  public RoutingTable routingTable() {
    List<ScriptEntry> current = new ArrayList<>();
    for (List<ScriptSource> versions : scripts.values()) {
      ScriptSource s = versions.get(versions.size() - 1);
      current.add(new ScriptEntry(s.scriptId(), s.version(), s.name(), s.appId(), s.limits().timeoutMs()));
    }
    return new RoutingTable(revision, apps, routes, current);
  }

  @Override
  public Subscription watch(Consumer<Invalidation> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** How many watchers are registered (tests check that cancelled streams unregister). */
  public int watcherCount() {
    return listeners.size();
  }

  private void notify(Invalidation invalidation) {
    for (Consumer<Invalidation> l : listeners) {
      l.accept(invalidation);
    }
  }
}
