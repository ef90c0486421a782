package dev.picloud.manager.app;

import dev.picloud.common.error.ConflictException;
import dev.picloud.common.id.AppId;
import dev.picloud.manager.storage.Rows;
import dev.picloud.manager.storage.SqlErrors;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link AppRepository} on PostgreSQL. */
public final class JdbcAppRepository implements AppRepository {
  private static final String SELECT =
      """
      SELECT a.id, a.slug, a.name, a.description, a.created_at, a.updated_at,
             COALESCE(array_to_string(ARRAY(SELECT d.pattern FROM app_domains d WHERE d.app_id = a.id
                                           ORDER BY d.pattern), ' '), '') AS domains
        FROM apps a
      """;

  private final DbClient db;

  public JdbcAppRepository(DbClient db) {
    this.db = db;
  }

  @Override
  public List<App> list() {
    return db.execute().query(SELECT + " ORDER BY a.slug").map(JdbcAppRepository::map).toList();
  }

  @Override
  public Optional<App> find(AppId id) {
    return db.execute().get(SELECT + " WHERE a.id = CAST(? AS uuid)", id.value()).map(JdbcAppRepository::map);
  }

  @Override
  public Optional<App> findBySlug(String slug) {
    return db.execute().get(SELECT + " WHERE a.slug = ?", slug).map(JdbcAppRepository::map);
  }

  @Override
  public App insert(App app) {
    DbTransaction tx = db.transaction();
    try {
      tx.insert(
          "INSERT INTO apps (id, slug, name, description) VALUES (CAST(? AS uuid), ?, ?, ?)",
          app.id().value(),
          app.slug(),
          app.name(),
          app.description());
      insertDomains(tx, app);
      tx.commit();
    } catch (DbClientException e) {
      tx.rollback();
      throw conflict(e, app);
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    }
    return find(app.id()).orElseThrow();
  }

  @Override
  public App update(App app) {
    DbTransaction tx = db.transaction();
    try {
      tx.update(
          "UPDATE apps SET name = ?, description = ?, updated_at = now() WHERE id = CAST(? AS uuid)",
          app.name(),
          app.description(),
          app.id().value());
      tx.delete("DELETE FROM app_domains WHERE app_id = CAST(? AS uuid)", app.id().value());
      insertDomains(tx, app);
      tx.commit();
    } catch (DbClientException e) {
      tx.rollback();
      throw conflict(e, app);
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    }
    return find(app.id()).orElseThrow();
  }

  @Override
  public boolean delete(AppId id) {
    return db.execute().delete("DELETE FROM apps WHERE id = CAST(? AS uuid)", id.value()) > 0;
  }

  private static void insertDomains(DbExecute tx, App app) {
    for (String pattern : app.domains()) {
      tx.insert("INSERT INTO app_domains (app_id, pattern) VALUES (CAST(? AS uuid), ?)", app.id().value(), pattern);
    }
  }

  private RuntimeException conflict(DbClientException e, App app) {
    if (SqlErrors.uniqueViolation(e, "apps_slug_key")) {
      return new ConflictException("app slug '" + app.slug() + "' is taken", Map.of("field", "slug"));
    }
    if (SqlErrors.uniqueViolation(e, "app_domains_pattern_key")) {
      for (String d : app.domains()) {
        Optional<String> owner =
            db.execute()
                .get(
                    "SELECT a.slug FROM app_domains d JOIN apps a ON a.id = d.app_id WHERE d.pattern = ? AND a.id <> CAST(? AS uuid)",
                    d,
                    app.id().value())
                .map(r -> r.column("slug").getString());
        if (owner.isPresent()) {
          return new ConflictException(
              "domain '" + d + "' already belongs to app '" + owner.get() + "'", Map.of("field", "domains"));
        }
      }
      return new ConflictException("a domain is already claimed by another app", Map.of("field", "domains"));
    }
    return e;
  }

  private static App map(DbRow row) {
    String domains = row.column("domains").getString();
    List<String> list = new ArrayList<>();
    if (domains != null && !domains.isBlank()) {
      list.addAll(List.of(domains.split(" ")));
    }
    Instant created = Rows.instant(row, "created_at");
    Instant updated = Rows.instant(row, "updated_at");
    UUID id = Rows.uuid(row, "id");
    return new App(
        new AppId(id),
        row.column("slug").getString(),
        row.column("name").getString(),
        row.column("description").getString(),
        list,
        created,
        updated);
  }
}
