package dev.picloud.manager.app;

import dev.picloud.common.id.AppId;
import java.time.Instant;
import java.util.List;

/**
 * An app.
 *
 * @param id its id
 * @param slug short unique name ({@code default} for the default app)
 * @param name display name
 * @param description free text
 * @param domains host patterns it claims
 * @param createdAt creation time
 * @param updatedAt last change
 */
public record App(
    AppId id, String slug, String name, String description, List<String> domains, Instant createdAt, Instant updatedAt) {
  /** The fixed id of the default app (created by the first migration). */
  public static final AppId DEFAULT_ID = AppId.parse("00000000-0000-7000-8000-000000000001");

  public App {
    domains = List.copyOf(domains);
  }

  /** Whether this is the default app. */
  public boolean isDefault() {
    return id.equals(DEFAULT_ID);
  }
}
