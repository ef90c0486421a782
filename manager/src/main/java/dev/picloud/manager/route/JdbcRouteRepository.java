package dev.picloud.manager.route;

import dev.picloud.common.error.ConflictException;
import dev.picloud.common.id.AppId;
import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.manager.storage.Rows;
import dev.picloud.manager.storage.SqlErrors;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link RouteRepository} on PostgreSQL; the unique key (app, host, method, path shape) refuses conflicts. */
public final class JdbcRouteRepository implements RouteRepository {
  private static final String SELECT =
      "SELECT id, app_id, script_id, method, path, host, dispatch_mode, created_at FROM routes";

  private final DbClient db;

  public JdbcRouteRepository(DbClient db) {
    this.db = db;
  }

  @Override
  public List<Route> ofScript(ScriptId script) {
    return db.execute()
        .query(SELECT + " WHERE script_id = CAST(? AS uuid) ORDER BY path, method", script.value())
        .map(JdbcRouteRepository::map)
        .toList();
  }

  @Override
  public Optional<Route> find(RouteId id) {
    return db.execute().get(SELECT + " WHERE id = CAST(? AS uuid)", id.value()).map(JdbcRouteRepository::map);
  }

  @Override
  public Route insert(Route r, String pathShape) {
    try {
      db.execute()
          .insert(
              """
              INSERT INTO routes (app_id, id, script_id, method, path, path_shape, host, dispatch_mode)
              VALUES (CAST(? AS uuid), CAST(? AS uuid), CAST(? AS uuid), ?, ?, ?, ?, ?)
              """,
              r.appId().value(),
              r.id().value(),
              r.scriptId().value(),
              r.method(),
              r.path(),
              pathShape,
              r.host(),
              r.dispatchMode());
    } catch (DbClientException e) {
      if (SqlErrors.uniqueViolation(e, "routes_app_id_host_method_path_shape_key")) {
        throw conflict(r, pathShape);
      }
      throw e;
    }
    return find(r.id()).orElseThrow();
  }

  private ConflictException conflict(Route r, String pathShape) {
    Optional<String> existing =
        db.execute()
            .get(
                """
                SELECT r.id, r.path, s.name FROM routes r JOIN scripts s ON s.id = r.script_id
                 WHERE r.app_id = CAST(? AS uuid) AND r.host = ? AND r.method = ? AND r.path_shape = ?
                """,
                r.appId().value(),
                r.host(),
                r.method(),
                pathShape)
            .map(
                row ->
                    "route " + row.column("id").get(Object.class) + " (" + row.column("path").getString()
                        + " → script '" + row.column("name").getString() + "')");
    String what = (r.method().isEmpty() ? "ANY" : r.method()) + " " + r.path() + (r.host().isEmpty() ? "" : " on " + r.host());
    return new ConflictException(
        what + " conflicts with " + existing.orElse("an existing route") + ": both would answer the same requests",
        Map.of("field", "path"));
  }

  @Override
  public boolean delete(RouteId id) {
    return db.execute().delete("DELETE FROM routes WHERE id = CAST(? AS uuid)", id.value()) > 0;
  }

  private static Route map(DbRow row) {
    return new Route(
        new RouteId(Rows.uuid(row, "id")),
        new AppId(Rows.uuid(row, "app_id")),
        new ScriptId(Rows.uuid(row, "script_id")),
        row.column("method").getString(),
        row.column("path").getString(),
        row.column("host").getString(),
        row.column("dispatch_mode").getString(),
        Rows.instant(row, "created_at"));
  }
}
