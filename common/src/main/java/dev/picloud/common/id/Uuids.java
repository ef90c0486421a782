package dev.picloud.common.id;

import dev.picloud.common.error.InvalidArgumentException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

/** UUID helpers: time-ordered version-7 generation (sortable ids, index friendly) and strict parsing. */
public final class Uuids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Uuids() {}

  /** A new version-7 UUID: 48 bits of Unix milliseconds, then random bits (RFC 9562). */
  public static UUID v7() {
    long millis = System.currentTimeMillis();
    long randA = RANDOM.nextLong();
    long randB = RANDOM.nextLong();
    long msb = (millis << 16) | 0x7000L | (randA & 0x0FFFL);
    long lsb = (randB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }

  /** Parses a UUID, failing with a 400-class error that names what was being parsed. */
  public static UUID parse(String kind, String text) {
    if (text == null || text.length() != 36) {
      throw invalid(kind, text);
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw invalid(kind, text);
    }
  }

  private static InvalidArgumentException invalid(String kind, String text) {
    return new InvalidArgumentException(
        "'" + text + "' is not a valid " + kind + " id (expected a UUID)", Map.of("field", kind + "_id"));
  }
}
