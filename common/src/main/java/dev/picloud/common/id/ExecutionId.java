package dev.picloud.common.id;

import java.util.Objects;
import java.util.UUID;

/**
 * One run of a script.
 *
 * @param value the UUID
 */
public record ExecutionId(UUID value) {
  public ExecutionId {
    Objects.requireNonNull(value, "execution id");
  }

  /** A new, time-ordered id. */
  public static ExecutionId generate() {
    return new ExecutionId(Uuids.v7());
  }

  /** Parses the canonical text form; a malformed id is an invalid-argument error. */
  public static ExecutionId parse(String text) {
    return new ExecutionId(Uuids.parse("execution", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
