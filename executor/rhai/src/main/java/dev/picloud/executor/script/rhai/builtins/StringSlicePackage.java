package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiIterable;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import dev.picloud.executor.script.rhai.value.Unit;
import java.util.Iterator;

/**
 * Character ranges of a string: {@code sub_string} and {@code crop} (Rhai's {@code MoreString})
 * and the ranged {@code chars} iterators (Rhai's {@code BasicIterator}; {@code chars(s)} itself
 * is in {@link IteratorPackage}). Every form reduces to a (start, length) pair in characters:
 *
 * <ul>
 *   <li>a negative start counts from the end, and one before the beginning means 0;
 *   <li>a start at or after the end, or a length of 0 or less, selects nothing;
 *   <li>a range {@code a..b} is {@code (max(a,0), max(b,a') - a')}; an inclusive range {@code
 *       a..=b} adds one, which is why {@code s.sub_string(3..=1)} is one character in Rhai.
 * </ul>
 */
public final class StringSlicePackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn3("sub_string", String.class, Long.class, Long.class, StringSlicePackage::subString);
    t.fn2("sub_string", String.class, Long.class,
        (s, start) -> subString(s, start, Long.MAX_VALUE));
    t.fn2("sub_string", String.class, RhaiRange.class, (s, r) -> {
      long start = Math.max(r.start(), 0);
      return subString(s, start, Math.max(r.end(), start) - start);
    });
    t.fn2("sub_string", String.class, RhaiRangeInclusive.class, (s, r) -> {
      long start = Math.max(r.start(), 0);
      return subString(s, start, inclusiveLength(start, r.end()));
    });
    t.mutFn("crop", (c, a) -> crop(a, (Long) a[1], (Long) a[2]),
        String.class, Long.class, Long.class);
    t.mutFn("crop", (c, a) -> crop(a, (Long) a[1], Long.MAX_VALUE), String.class, Long.class);
    t.mutFn("crop", (c, a) -> {
      RhaiRange r = (RhaiRange) a[1];
      long start = Math.max(r.start(), 0);
      return crop(a, start, Math.max(r.end(), start) - start);
    }, String.class, RhaiRange.class);
    t.mutFn("crop", (c, a) -> {
      RhaiRangeInclusive r = (RhaiRangeInclusive) a[1];
      long start = Math.max(r.start(), 0);
      return crop(a, start, inclusiveLength(start, r.end()));
    }, String.class, RhaiRangeInclusive.class);
    registerChars(t);
  }

  private static void registerChars(FunctionTable.Builder t) {
    t.getter("chars", String.class, (c, a) -> chars((String) a[0], 0, Long.MAX_VALUE));
    t.fn2("chars", String.class, Long.class, (s, from) -> chars(s, from, Long.MAX_VALUE));
    t.fn3("chars", String.class, Long.class, Long.class, StringSlicePackage::chars);
    t.fn2("chars", String.class, RhaiRange.class, (s, r) -> {
      long from = Math.max(r.start(), 0);
      return chars(s, from, Math.max(r.end(), from) - from);
    });
    t.fn2("chars", String.class, RhaiRangeInclusive.class, (s, r) -> {
      long from = Math.max(r.start(), 0);
      long to = Math.min(Math.max(r.end(), from - 1), Long.MAX_VALUE - 1);
      return chars(s, from, to - from + 1);
    });
  }

  /**
   * Length of {@code start..=end} once {@code end} is raised to {@code start}. The open range
   * {@code 0..=} would overflow; it saturates, so {@code crop(s, ..=)} keeps the whole string.
   */
  static long inclusiveLength(long start, long end) {
    long span = Math.max(end, start) - start;
    return span == Long.MAX_VALUE ? span : span + 1;
  }

  /**
   * Resolves a slice to its first character, or -1 when it selects nothing. {@code
   * Long.MIN_VALUE} as start is -1 as well (Rhai rejects its absolute value as too large).
   */
  private static int first(String s, int n, long start, long len) {
    if (s.isEmpty() || len <= 0 || start == Long.MIN_VALUE) {
      return -1;
    }
    if (start < 0) {
      return -start > n ? 0 : (int) (n + start);
    }
    return start >= n ? -1 : (int) start;
  }

  /** {@code sub_string(s, start, len)}. */
  static String subString(String s, long start, long len) {
    int n = CodePoints.length(s);
    int from = first(s, n, start, len);
    return from < 0 ? "" : CodePoints.slice(s, from, (int) Math.min(len, n - from));
  }

  /** {@code crop(s, start, len)}: like sub_string, but a start of MIN_VALUE keeps the string. */
  private static Object crop(Object[] a, long start, long len) {
    String s = (String) a[0];
    if (!s.isEmpty() && (len <= 0 || start != Long.MIN_VALUE)) {
      a[0] = subString(s, start, len);
    }
    return Unit.INSTANCE;
  }

  /** Rhai's {@code CharsStream::new(s, from, len)}. */
  static RhaiIterable chars(String s, long from, long len) {
    if (len <= 0 || s.isEmpty()) {
      return new CharsStream("");
    }
    int n = CodePoints.length(s);
    int offset;
    if (from >= 0) {
      offset = (int) Math.min(from, n);
    } else {
      offset = from == Long.MIN_VALUE || -from > n ? 0 : (int) (n + from);
    }
    return new CharsStream(CodePoints.slice(s, offset, (int) Math.min(len, n - offset)));
  }

  /** An iterator over the characters of a (sliced) string; type name {@code "range"}. */
  record CharsStream(String text) implements RhaiIterable {
    @Override
    public Iterator<Object> iterator() {
      return text.codePoints().mapToObj(cp -> (Object) RhaiChar.of(cp)).iterator();
    }
  }
}
