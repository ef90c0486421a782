package dev.picloud.manager.storage;

import io.helidon.dbclient.DbRow;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Typed reads of {@link DbRow} columns. */
public final class Rows {
  private Rows() {}

  /** A uuid column. */
  public static UUID uuid(DbRow row, String column) {
    return row.column(column).get(UUID.class);
  }

  /** A nullable uuid column. */
  public static UUID uuidOrNull(DbRow row, String column) {
    Object v = row.column(column).get(Object.class);
    return v == null ? null : (UUID) v;
  }

  /** A timestamptz column. */
  public static Instant instant(DbRow row, String column) {
    Object v = row.column(column).get(Object.class);
    if (v == null) {
      return null;
    }
    if (v instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (v instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (v instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("column " + column + " is a " + v.getClass());
  }

  /** A nullable bigint column. */
  public static Long longOrNull(DbRow row, String column) {
    Object v = row.column(column).get(Object.class);
    return v == null ? null : ((Number) v).longValue();
  }
}
