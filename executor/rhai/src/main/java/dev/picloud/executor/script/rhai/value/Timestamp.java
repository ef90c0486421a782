package dev.picloud.executor.script.rhai.value;

/**
 * A monotonic instant (type name {@code "timestamp"}), shaped like Rust's {@code Instant} on
 * Linux: whole seconds of the monotonic clock plus nanoseconds. {@link System#nanoTime()} reads
 * the same clock ({@code CLOCK_MONOTONIC}), so the overflow bounds of timestamp arithmetic match
 * Rhai's.
 *
 * @param seconds whole seconds
 * @param nanos nanoseconds within the second, 0..999,999,999
 */
public record Timestamp(long seconds, int nanos) implements Comparable<Timestamp> {
  /** Nanoseconds per second. */
  public static final int NANOS_PER_SECOND = 1_000_000_000;

  /** Validates the nanosecond part. */
  public Timestamp {
    if (nanos < 0 || nanos >= NANOS_PER_SECOND) {
      throw new IllegalArgumentException("nanos out of range: " + nanos);
    }
  }

  /** The current instant. */
  public static Timestamp now() {
    long t = System.nanoTime();
    return new Timestamp(Math.floorDiv(t, NANOS_PER_SECOND), Math.floorMod(t, NANOS_PER_SECOND));
  }

  @Override
  public int compareTo(Timestamp o) {
    int c = Long.compare(seconds, o.seconds);
    return c != 0 ? c : Integer.compare(nanos, o.nanos);
  }

  @Override
  public String toString() {
    return "<timestamp>";
  }
}
