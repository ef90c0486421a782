package dev.picloud.manager.script;

import dev.picloud.common.error.ConflictException;
import dev.picloud.common.error.NotFoundException;
import dev.picloud.common.id.AppId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.manager.storage.Rows;
import dev.picloud.manager.storage.SqlErrors;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ScriptRepository} on PostgreSQL. */
public final class JdbcScriptRepository implements ScriptRepository {
  private static final String WITH_SOURCE =
      """
      SELECT s.id, s.app_id, s.name, s.created_at, s.updated_at, v.version, v.language, v.source, v.description,
             v.timeout_ms, v.memory_limit_mb, v.max_operations, v.rolled_back_from, v.created_at AS version_created_at
        FROM scripts s
        JOIN script_versions v ON v.app_id = s.app_id AND v.script_id = s.id AND v.version = s.current_version
      """;
  private static final String WITHOUT_SOURCE = WITH_SOURCE.replace("v.source,", "'' AS source,");
  private static final String VERSION_COLUMNS =
      "version, language, %s AS source, description, timeout_ms, memory_limit_mb, max_operations, rolled_back_from,"
          + " created_at AS version_created_at";

  private final DbClient db;

  public JdbcScriptRepository(DbClient db) {
    this.db = db;
  }

  @Override
  public List<Script> list(Optional<AppId> app) {
    if (app.isPresent()) {
      return db.execute()
          .query(WITHOUT_SOURCE + " WHERE s.app_id = CAST(? AS uuid) ORDER BY s.name", app.get().value())
          .map(JdbcScriptRepository::map)
          .toList();
    }
    return db.execute().query(WITHOUT_SOURCE + " ORDER BY s.name").map(JdbcScriptRepository::map).toList();
  }

  @Override
  public Optional<Script> find(ScriptId id) {
    return db.execute().get(WITH_SOURCE + " WHERE s.id = CAST(? AS uuid)", id.value()).map(JdbcScriptRepository::map);
  }

  @Override
  public Optional<Script> findByName(AppId app, String name) {
    return db.execute()
        .get(WITH_SOURCE + " WHERE s.app_id = CAST(? AS uuid) AND s.name = ?", app.value(), name)
        .map(JdbcScriptRepository::map);
  }

  @Override
  public Script insert(ScriptId id, AppId app, String name, ScriptVersion first) {
    DbTransaction tx = db.transaction();
    try {
      tx.insert(
          "INSERT INTO scripts (app_id, id, name, current_version) VALUES (CAST(? AS uuid), CAST(? AS uuid), ?, 1)",
          app.value(),
          id.value(),
          name);
      insertVersion(tx, app, id, 1, first);
      tx.commit();
    } catch (DbClientException e) {
      tx.rollback();
      if (SqlErrors.uniqueViolation(e, "scripts_app_id_name_key")) {
        throw new ConflictException(
            "the app already has a script named '" + name + "'", Map.of("field", "name"));
      }
      throw e;
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    }
    return find(id).orElseThrow();
  }

  @Override
  public Script append(ScriptId id, Optional<String> rename, ScriptVersion draft) {
    DbTransaction tx = db.transaction();
    try {
      DbRow row =
          tx.get("SELECT app_id, name, current_version FROM scripts WHERE id = CAST(? AS uuid) FOR UPDATE", id.value())
              .orElseThrow(() -> NotFoundException.of("script", id));
      AppId app = new AppId(Rows.uuid(row, "app_id"));
      long next = row.column("current_version").getLong() + 1;
      insertVersion(tx, app, id, next, draft);
      tx.update(
          "UPDATE scripts SET current_version = ?, name = ?, updated_at = now() WHERE id = CAST(? AS uuid)",
          next,
          rename.orElse(row.column("name").getString()),
          id.value());
      tx.commit();
    } catch (DbClientException e) {
      tx.rollback();
      if (SqlErrors.uniqueViolation(e, "scripts_app_id_name_key")) {
        throw new ConflictException(
            "the app already has a script named '" + rename.orElse("") + "'", Map.of("field", "name"));
      }
      throw e;
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    }
    return find(id).orElseThrow();
  }

  private static void insertVersion(DbTransaction tx, AppId app, ScriptId id, long version, ScriptVersion v) {
    tx.insert(
        """
        INSERT INTO script_versions (app_id, script_id, version, language, source, description, timeout_ms,
                                     memory_limit_mb, max_operations, rolled_back_from)
        VALUES (CAST(? AS uuid), CAST(? AS uuid), ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        app.value(),
        id.value(),
        version,
        v.language(),
        v.source(),
        v.description(),
        v.timeoutMs(),
        v.memoryLimitMb(),
        v.maxOperations(),
        v.rolledBackFrom());
  }

  @Override
  public List<ScriptVersion> versions(ScriptId id) {
    return db.execute()
        .query(
            "SELECT " + VERSION_COLUMNS.formatted("''") + " FROM script_versions WHERE script_id = CAST(? AS uuid)"
                + " ORDER BY version DESC",
            id.value())
        .map(JdbcScriptRepository::version)
        .toList();
  }

  @Override
  public Optional<ScriptVersion> version(ScriptId id, long version) {
    return db.execute()
        .get(
            "SELECT " + VERSION_COLUMNS.formatted("source") + " FROM script_versions WHERE script_id = CAST(? AS uuid)"
                + " AND version = ?",
            id.value(),
            version)
        .map(JdbcScriptRepository::version);
  }

  @Override
  public boolean delete(ScriptId id) {
    return db.execute().delete("DELETE FROM scripts WHERE id = CAST(? AS uuid)", id.value()) > 0;
  }

  private static Script map(DbRow row) {
    return new Script(
        new ScriptId(Rows.uuid(row, "id")),
        new AppId(Rows.uuid(row, "app_id")),
        row.column("name").getString(),
        version(row),
        Rows.instant(row, "created_at"),
        Rows.instant(row, "updated_at"));
  }

  private static ScriptVersion version(DbRow row) {
    return new ScriptVersion(
        row.column("version").getLong(),
        row.column("language").getString(),
        row.column("source").getString(),
        row.column("description").getString(),
        row.column("timeout_ms").getLong(),
        row.column("memory_limit_mb").getInt(),
        row.column("max_operations").getLong(),
        Rows.longOrNull(row, "rolled_back_from"),
        Rows.instant(row, "version_created_at"));
  }
}
