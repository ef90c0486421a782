package dev.picloud.executor.script.rhai.value;

/**
 * A monotonic instant (type name {@code "timestamp"}).
 *
 * @param nanos a {@link System#nanoTime()} reading
 */
public record Timestamp(long nanos) {
  /** The current instant. */
  public static Timestamp now() {
    return new Timestamp(System.nanoTime());
  }

  @Override
  public String toString() {
    return "<timestamp>";
  }
}
