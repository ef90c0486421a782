package dev.picloud.common.id;

import java.util.Objects;
import java.util.UUID;

/**
 * An application: the unit of ownership of scripts, routes, domains and data.
 *
 * @param value the UUID
 */
public record AppId(UUID value) {
  public AppId {
    Objects.requireNonNull(value, "app id");
  }

  /** A new, time-ordered id. */
  public static AppId generate() {
    return new AppId(Uuids.v7());
  }

  /** Parses the canonical text form; a malformed id is an invalid-argument error. */
  public static AppId parse(String text) {
    return new AppId(Uuids.parse("app", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
