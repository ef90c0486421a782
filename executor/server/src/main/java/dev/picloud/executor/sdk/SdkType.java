package dev.picloud.executor.sdk;

/** The types an SDK parameter or result can have, as plain Java values. */
public enum SdkType {
  /** Any value. */
  ANY,
  /** {@link String}. */
  STRING,
  /** {@link Long}. */
  INT,
  /** {@link Double}. */
  FLOAT,
  /** {@link Boolean}. */
  BOOL,
  /** {@code List<Object>}. */
  ARRAY,
  /** {@code Map<String, Object>}. */
  MAP,
  /** {@code byte[]}. */
  BLOB,
  /** No value ({@code ()} in Rhai). */
  UNIT
}
