package dev.picloud.executor.script.rhai.value;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The exclusive INT range {@code start..end} (type name {@code "range"}). An open end ({@code a..})
 * is stored as {@link Long#MAX_VALUE} and displays as {@code a..}.
 *
 * @param start first value
 * @param end one past the last value
 */
public record RhaiRange(long start, long end) implements RhaiIterable {
  @Override
  public Iterator<Object> iterator() {
    return new Iterator<>() {
      private long next = start;

      @Override
      public boolean hasNext() {
        return next < end;
      }

      @Override
      public Object next() {
        if (next >= end) {
          throw new NoSuchElementException();
        }
        return next++;
      }
    };
  }

  /** Whether {@code v} lies in the range. */
  public boolean contains(long v) {
    return v >= start && v < end;
  }

  @Override
  public String toString() {
    return end == Long.MAX_VALUE ? start + ".." : start + ".." + end;
  }
}
