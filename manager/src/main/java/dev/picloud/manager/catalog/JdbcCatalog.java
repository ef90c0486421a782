package dev.picloud.manager.catalog;

import dev.picloud.common.catalog.AppEntry;
import dev.picloud.common.catalog.RouteEntry;
import dev.picloud.common.catalog.RoutingTable;
import dev.picloud.common.catalog.ScriptEntry;
import dev.picloud.common.catalog.ScriptLimits;
import dev.picloud.common.catalog.ScriptResolver;
import dev.picloud.common.catalog.ScriptSource;
import dev.picloud.common.id.AppId;
import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The manager's in-process {@link ScriptResolver}, reading PostgreSQL. */
public final class JdbcCatalog implements ScriptResolver {
  private static final String SCRIPT_VERSION =
      """
      SELECT s.app_id, s.name, v.version, v.language, v.source, v.timeout_ms, v.memory_limit_mb, v.max_operations
        FROM scripts s
        JOIN script_versions v ON v.app_id = s.app_id AND v.script_id = s.id
       WHERE s.id = CAST(? AS uuid) AND v.version = (CASE WHEN CAST(? AS bigint) = 0 THEN s.current_version ELSE CAST(? AS bigint) END)
      """;
  private static final String APPS =
      """
      SELECT a.id, a.slug, d.pattern
        FROM apps a LEFT JOIN app_domains d ON d.app_id = a.id
       ORDER BY a.slug, d.pattern
      """;
  private static final String ROUTES =
      "SELECT id, app_id, script_id, method, path, host, dispatch_mode FROM routes ORDER BY app_id, path, method";
  private static final String SCRIPTS =
      """
      SELECT s.id, s.app_id, s.name, s.current_version, v.timeout_ms
        FROM scripts s
        JOIN script_versions v ON v.app_id = s.app_id AND v.script_id = s.id AND v.version = s.current_version
      """;

  private final DbClient db;
  private final CatalogEvents events;

  public JdbcCatalog(DbClient db, CatalogEvents events) {
    this.db = db;
    this.events = events;
  }

  @Override
  public Optional<ScriptSource> script(ScriptId scriptId, long version) {
    return db.execute().get(SCRIPT_VERSION, scriptId.value(), version, version).map(row -> source(scriptId, row));
  }

  private static ScriptSource source(ScriptId id, DbRow row) {
    return new ScriptSource(
        id,
        row.column("version").getLong(),
        new AppId(row.column("app_id").get(UUID.class)),
        row.column("name").getString(),
        row.column("language").getString(),
        row.column("source").getString(),
        new ScriptLimits(
            row.column("timeout_ms").getLong(),
            row.column("max_operations").getLong(),
            (long) row.column("memory_limit_mb").getInt() * 1024 * 1024));
  }

  @Override
  public RoutingTable routingTable() {
    long revision = events.revision();
    Map<UUID, String> slugs = new LinkedHashMap<>();
    Map<UUID, List<String>> domains = new LinkedHashMap<>();
    db.execute()
        .query(APPS)
        .forEach(
            row -> {
              UUID id = row.column("id").get(UUID.class);
              slugs.put(id, row.column("slug").getString());
              List<String> list = domains.computeIfAbsent(id, k -> new ArrayList<>());
              String pattern = row.column("pattern").getString();
              if (pattern != null) {
                list.add(pattern);
              }
            });
    List<AppEntry> apps = new ArrayList<>();
    slugs.forEach((id, slug) -> apps.add(new AppEntry(new AppId(id), slug, domains.get(id))));
    List<RouteEntry> routes =
        db.execute()
            .query(ROUTES)
            .map(
                row ->
                    new RouteEntry(
                        new RouteId(row.column("id").get(UUID.class)),
                        new AppId(row.column("app_id").get(UUID.class)),
                        new ScriptId(row.column("script_id").get(UUID.class)),
                        row.column("method").getString(),
                        row.column("path").getString(),
                        row.column("host").getString(),
                        row.column("dispatch_mode").getString()))
            .toList();
    List<ScriptEntry> scripts =
        db.execute()
            .query(SCRIPTS)
            .map(
                row ->
                    new ScriptEntry(
                        new ScriptId(row.column("id").get(UUID.class)),
                        row.column("current_version").getLong(),
                        row.column("name").getString(),
                        new AppId(row.column("app_id").get(UUID.class)),
                        row.column("timeout_ms").getLong()))
            .toList();
    return new RoutingTable(revision, apps, routes, scripts);
  }

  @Override
  public Subscription watch(Consumer<dev.picloud.common.catalog.Invalidation> listener) {
    return events.subscribe(listener);
  }
}
