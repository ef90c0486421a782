package dev.picloud.manager.app;

import dev.picloud.common.id.AppId;
import java.util.List;
import java.util.Optional;

/** Stores apps and their domains. */
public interface AppRepository {
  /** Every app, by slug. */
  List<App> list();

  /** One app. */
  Optional<App> find(AppId id);

  /** One app by slug. */
  Optional<App> findBySlug(String slug);

  /**
   * Inserts an app with its domains.
   *
   * @throws dev.picloud.common.error.ConflictException when the slug or a domain is taken
   */
  App insert(App app);

  /**
   * Updates name, description and (replacing them) domains.
   *
   * @throws dev.picloud.common.error.ConflictException when a domain is taken
   */
  App update(App app);

  /** Deletes an app and everything it owns; false when it did not exist. */
  boolean delete(AppId id);
}
