package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;

/**
 * A byte region {@code start .. start + len} of a BLOB, computed as Rhai's {@code calc_offset_len}
 * does, and the registration of the three overloads every region function has: {@code (start,
 * len)}, an exclusive range and an inclusive range.
 *
 * @param start first byte, 0..length (length when the requested start is past the end)
 * @param len number of bytes, 0..length - start
 */
record BlobRegion(int start, int len) {
  /**
   * Rhai's {@code calc_offset_len}: a negative {@code start} counts from the end (before the
   * beginning means 0), a start at or past the end gives an empty region at the end, and {@code
   * len} is clipped to the bytes available ({@code len <= 0} gives an empty region).
   */
  static BlobRegion of(int length, long start, long len) {
    int from;
    if (start < 0) {
      from = start < -length ? 0 : (int) (length + start);
    } else if (start >= length) {
      return new BlobRegion(length, 0);
    } else {
      from = (int) start;
    }
    int n = len <= 0 ? 0 : (int) Math.min(len, length - from);
    return new BlobRegion(from, n);
  }

  /** End of the region (exclusive). */
  int end() {
    return start + len;
  }

  /** A region function of the BLOB, the requested start and length, and one optional argument. */
  @FunctionalInterface
  interface Op {
    Object apply(NativeCallContext c, RhaiBlob blob, long start, long len, Object extra);
  }

  /**
   * Registers {@code name(blob, start, len[, extra])}, {@code name(blob, a..b[, extra])} and
   * {@code name(blob, a..=b[, extra])}. A range's start is clamped to 0 and its end to at least the
   * start; an inclusive end is capped at {@code i64::MAX - 1} so the length cannot overflow (an
   * inclusive range whose end is below its start still covers one byte, as in Rhai).
   */
  static void register(FunctionTable.Builder t, String name, boolean pure, Op op,
      Class<?>... extra) {
    boolean hasExtra = extra.length > 0;
    NativeFunction byLength = (c, a) ->
        op.apply(c, (RhaiBlob) a[0], (Long) a[1], (Long) a[2], hasExtra ? a[3] : null);
    NativeFunction byRange = (c, a) -> {
      RhaiRange r = (RhaiRange) a[1];
      long from = Math.max(r.start(), 0);
      long to = Math.max(r.end(), from);
      return op.apply(c, (RhaiBlob) a[0], from, to - from, hasExtra ? a[2] : null);
    };
    NativeFunction byInclusive = (c, a) -> {
      RhaiRangeInclusive r = (RhaiRangeInclusive) a[1];
      long from = Math.max(r.start(), 0);
      long to = Math.min(Math.max(r.end(), from), Long.MAX_VALUE - 1);
      return op.apply(c, (RhaiBlob) a[0], from, to - from + 1, hasExtra ? a[2] : null);
    };
    add(t, name, pure, byLength, params(extra, RhaiBlob.class, Long.class, Long.class));
    add(t, name, pure, byRange, params(extra, RhaiBlob.class, RhaiRange.class));
    add(t, name, pure, byInclusive, params(extra, RhaiBlob.class, RhaiRangeInclusive.class));
  }

  private static void add(FunctionTable.Builder t, String name, boolean pure, NativeFunction f,
      Class<?>[] params) {
    if (pure) {
      t.fn(name, f, params);
    } else {
      t.mutFn(name, f, params);
    }
  }

  private static Class<?>[] params(Class<?>[] extra, Class<?>... first) {
    Class<?>[] all = new Class<?>[first.length + extra.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(extra, 0, all, first.length, extra.length);
    return all;
  }
}
