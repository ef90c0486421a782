package dev.picloud.common.id;

import java.util.Objects;
import java.util.UUID;

/**
 * A script, across all its versions.
 *
 * @param value the UUID
 */
public record ScriptId(UUID value) {
  public ScriptId {
    Objects.requireNonNull(value, "script id");
  }

  /** A new, time-ordered id. */
  public static ScriptId generate() {
    return new ScriptId(Uuids.v7());
  }

  /** Parses the canonical text form; a malformed id is an invalid-argument error. */
  public static ScriptId parse(String text) {
    return new ScriptId(Uuids.parse("script", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
