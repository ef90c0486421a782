package dev.picloud.executor.script.rhai.value;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The inclusive INT range {@code start..=end} (type name {@code "range="}).
 *
 * @param start first value
 * @param end last value
 */
public record RhaiRangeInclusive(long start, long end) implements RhaiIterable {
  @Override
  public Iterator<Object> iterator() {
    return new Iterator<>() {
      private long next = start;
      private boolean done = start > end;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public Object next() {
        if (done) {
          throw new NoSuchElementException();
        }
        long v = next;
        if (v == end) {
          done = true;
        } else {
          next++;
        }
        return v;
      }
    };
  }

  /** Whether {@code v} lies in the range. */
  public boolean contains(long v) {
    return v >= start && v <= end;
  }

  @Override
  public String toString() {
    return end == Long.MAX_VALUE ? start + "..=" : start + "..=" + end;
  }
}
