package dev.picloud.manager.storage;

import java.sql.SQLException;

/** Recognizes PostgreSQL errors that mean something to the caller (e.g. a unique constraint). */
public final class SqlErrors {
  private SqlErrors() {}

  /** Whether {@code e} (or a cause) is a unique violation, optionally of a named constraint. */
  public static boolean uniqueViolation(Throwable e, String constraint) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return constraint == null || String.valueOf(sql.getMessage()).contains(constraint);
      }
    }
    return false;
  }
}
