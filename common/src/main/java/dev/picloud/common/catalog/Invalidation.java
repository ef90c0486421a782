package dev.picloud.common.catalog;

/**
 * Something in the catalog changed; caches drop what it names.
 *
 * @param kind what changed
 * @param id the script id for {@link Kind#SCRIPT}, else empty
 * @param revision the routing-table revision after the change
 */
public record Invalidation(Kind kind, String id, long revision) {
  /** What changed. */
  public enum Kind {
    /** A script was saved, rolled back or deleted. */
    SCRIPT,
    /** Routes changed. */
    ROUTES,
    /** Apps or their domains changed. */
    APPS,
    /** The watch (re)connected: anything may have changed while it was down, so refresh everything. */
    RESYNC
  }
}
