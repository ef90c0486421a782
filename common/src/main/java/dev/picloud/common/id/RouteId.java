package dev.picloud.common.id;

import java.util.Objects;
import java.util.UUID;

/**
 * A route binding a method and path (and optional host) to a script.
 *
 * @param value the UUID
 */
public record RouteId(UUID value) {
  public RouteId {
    Objects.requireNonNull(value, "route id");
  }

  /** A new, time-ordered id. */
  public static RouteId generate() {
    return new RouteId(Uuids.v7());
  }

  /** Parses the canonical text form; a malformed id is an invalid-argument error. */
  public static RouteId parse(String text) {
    return new RouteId(Uuids.parse("route", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
