package dev.picloud.manager.app;

import dev.picloud.common.catalog.Invalidation;
import dev.picloud.common.error.ConflictException;
import dev.picloud.common.error.InvalidArgumentException;
import dev.picloud.common.error.NotFoundException;
import dev.picloud.common.id.AppId;
import dev.picloud.common.routing.HostPattern;
import dev.picloud.manager.catalog.CatalogEvents;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creates, changes and removes apps; refers to an app by id or slug. */
public final class AppService {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private final AppRepository apps;
  private final CatalogEvents events;

  public AppService(AppRepository apps, CatalogEvents events) {
    this.apps = apps;
    this.events = events;
  }

  /** Every app. */
  public List<App> list() {
    return apps.list();
  }

  /**
   * The app named by an id or a slug.
   *
   * @throws NotFoundException when there is none
   */
  public App get(String idOrSlug) {
    Optional<App> app = Optional.empty();
    if (idOrSlug.length() == 36 && idOrSlug.charAt(8) == '-') {
      try {
        app = apps.find(AppId.parse(idOrSlug));
      } catch (InvalidArgumentException e) {
        app = Optional.empty();
      }
    }
    if (app.isEmpty()) {
      app = apps.findBySlug(idOrSlug);
    }
    return app.orElseThrow(() -> NotFoundException.of("app", idOrSlug));
  }

  /** Creates an app. */
  public App create(String slug, String name, String description, List<String> domains) {
    if (!SLUG.matcher(slug).matches()) {
      throw new InvalidArgumentException(
          "slug '" + slug + "' is not valid: use 1-63 lower-case letters, digits and -, starting with a letter or"
              + " digit",
          Map.of("field", "slug"));
    }
    App created =
        apps.insert(
            new App(AppId.generate(), slug, name(name, slug), description, normalize(domains), null, null));
    events.published(Invalidation.Kind.APPS, created.id().toString());
    return created;
  }

  /** Changes name, description and/or domains (given values replace; absent ones stay). */
  public App update(String idOrSlug, Optional<String> name, Optional<String> description, Optional<List<String>> domains) {
    App app = get(idOrSlug);
    if (app.isDefault() && domains.isPresent() && !domains.get().isEmpty()) {
      throw new InvalidArgumentException(
          "the default app serves every host no other app claims; it cannot claim domains",
          Map.of("field", "domains"));
    }
    App updated =
        apps.update(
            new App(
                app.id(),
                app.slug(),
                name.map(n -> name(n, app.slug())).orElse(app.name()),
                description.orElse(app.description()),
                domains.map(AppService::normalize).orElse(app.domains()),
                app.createdAt(),
                app.updatedAt()));
    events.published(Invalidation.Kind.APPS, updated.id().toString());
    return updated;
  }

  /** Deletes an app with its scripts, routes and data; the default app cannot be deleted. */
  public void delete(String idOrSlug) {
    App app = get(idOrSlug);
    if (app.isDefault()) {
      throw new ConflictException("the default app cannot be deleted");
    }
    apps.delete(app.id());
    events.published(Invalidation.Kind.APPS, app.id().toString());
  }

  private static String name(String name, String slug) {
    String n = name == null || name.isBlank() ? slug : name.strip();
    if (n.length() > 200) {
      throw new InvalidArgumentException("name is longer than 200 characters", Map.of("field", "name"));
    }
    return n;
  }

  private static List<String> normalize(List<String> domains) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String d : domains) {
      out.add(HostPattern.parse(d, "domains").text());
    }
    return new ArrayList<>(out);
  }
}
