package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;

/**
 * Rhai's position arithmetic for the array functions ({@code calc_offset_len}, {@code
 * calc_index}) and the growth checks after an array or map got bigger.
 */
final class ArrayIndex {
  /** The largest size a Java list can reach; beyond this a request cannot be honoured. */
  static final long MAX_SIZE = Integer.MAX_VALUE - 8;

  private ArrayIndex() {}

  /**
   * A clipped portion of a sequence: {@code start} in {@code 0..=length}, {@code len} such that
   * {@code start + len <= length}.
   */
  record Span(int start, int len) {
    int end() {
      return start + len;
    }
  }

  /**
   * {@code calc_offset_len}: a negative {@code start} counts from the end (clamped to 0), a
   * {@code start} at or past the end gives {@code (length, 0)}, {@code len <= 0} gives 0 and the
   * portion is clipped at the end.
   */
  static Span span(int length, long start, long len) {
    int s;
    if (start < 0) {
      s = start < -(long) length ? 0 : (int) (length + start);
    } else if (start >= length) {
      return new Span(length, 0);
    } else {
      s = (int) start;
    }
    int l = len <= 0 ? 0 : (int) Math.min(len, length - s);
    return new Span(s, l);
  }

  /**
   * {@code calc_index} counting negative indices from the end: the position, or -1 when out of
   * bounds (below {@code -length} or at/after {@code length}).
   */
  static int index(int length, long index) {
    if (index < 0) {
      return index < -(long) length ? -1 : (int) (length + index);
    }
    return index < length ? (int) index : -1;
  }

  /** {@code (start, len)} of an exclusive range as the array functions read it. */
  static long[] startLen(RhaiRange r) {
    long start = Math.max(r.start(), 0);
    long end = Math.max(r.end(), start);
    return new long[] {start, end - start};
  }

  /**
   * {@code (start, len)} of an inclusive range as the array functions read it. An end before the
   * start still selects the start element, as Rhai computes it ({@code max(end, start)}).
   */
  static long[] startLen(RhaiRangeInclusive r) {
    long start = Math.max(r.start(), 0);
    long end = Math.min(Math.max(r.end(), start), Long.MAX_VALUE - 1);
    return new long[] {start, end - start + 1};
  }

  /** Rejects a requested size no Java list can hold (Rhai would run out of memory). */
  static int requireSize(NativeCallContext c, long size) {
    if (size > MAX_SIZE) {
      throw Errors.of(ErrorKind.ErrorDataTooLarge, "Size of array/BLOB too large")
          .withPositionIfNone(c.position());
    }
    return (int) size;
  }

  /**
   * The size-limit check after a container grew from {@code before} to {@code after} elements
   * (the memory meter is charged centrally after every native call).
   */
  static void grew(NativeCallContext c, Object container, int before, int after, boolean isMap) {
    c.budget().checkGrowth(container, after, isMap, c.position());
  }
}
