package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import dev.picloud.executor.script.rhai.value.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * The position-based array functions: {@code splice}, {@code extract}, {@code split}, and the
 * range forms of {@code drain} and {@code retain}. Every range form is the {@code (start, len)}
 * form after {@link ArrayIndex#startLen}, exactly as Rhai defines them.
 */
final class ArraySlicing {
  private ArraySlicing() {}

  static void register(FunctionTable.Builder t) {
    t.mutFn("splice", (c, a) -> splice(c, (RhaiArray) a[0], (Long) a[1], (Long) a[2],
        (RhaiArray) a[3]), RhaiArray.class, Long.class, Long.class, RhaiArray.class);
    t.mutFn("splice", (c, a) -> {
      long[] sl = ArrayIndex.startLen((RhaiRange) a[1]);
      return splice(c, (RhaiArray) a[0], sl[0], sl[1], (RhaiArray) a[2]);
    }, RhaiArray.class, RhaiRange.class, RhaiArray.class);
    t.mutFn("splice", (c, a) -> {
      long[] sl = ArrayIndex.startLen((RhaiRangeInclusive) a[1]);
      return splice(c, (RhaiArray) a[0], sl[0], sl[1], (RhaiArray) a[2]);
    }, RhaiArray.class, RhaiRangeInclusive.class, RhaiArray.class);

    t.mutFn("extract", (c, a) -> extract((RhaiArray) a[0], (Long) a[1], (Long) a[2]),
        RhaiArray.class, Long.class, Long.class);
    t.mutFn("extract", (c, a) -> extract((RhaiArray) a[0], (Long) a[1], Long.MAX_VALUE),
        RhaiArray.class, Long.class);
    t.mutFn("extract", (c, a) -> {
      long[] sl = ArrayIndex.startLen((RhaiRange) a[1]);
      return extract((RhaiArray) a[0], sl[0], sl[1]);
    }, RhaiArray.class, RhaiRange.class);
    t.mutFn("extract", (c, a) -> {
      long[] sl = ArrayIndex.startLen((RhaiRangeInclusive) a[1]);
      return extract((RhaiArray) a[0], sl[0], sl[1]);
    }, RhaiArray.class, RhaiRangeInclusive.class);

    t.mutFn("split", (c, a) -> split((RhaiArray) a[0], (Long) a[1]), RhaiArray.class, Long.class);

    t.mutFn("drain", (c, a) -> drain((RhaiArray) a[0], (Long) a[1], (Long) a[2]),
        RhaiArray.class, Long.class, Long.class);
    t.mutFn("drain", (c, a) -> {
      long[] sl = ArrayIndex.startLen((RhaiRange) a[1]);
      return drain((RhaiArray) a[0], sl[0], sl[1]);
    }, RhaiArray.class, RhaiRange.class);
    t.mutFn("drain", (c, a) -> {
      long[] sl = ArrayIndex.startLen((RhaiRangeInclusive) a[1]);
      return drain((RhaiArray) a[0], sl[0], sl[1]);
    }, RhaiArray.class, RhaiRangeInclusive.class);

    t.mutFn("retain", (c, a) -> retain((RhaiArray) a[0], (Long) a[1], (Long) a[2]),
        RhaiArray.class, Long.class, Long.class);
    t.mutFn("retain", (c, a) -> {
      long[] sl = ArrayIndex.startLen((RhaiRange) a[1]);
      return retain((RhaiArray) a[0], sl[0], sl[1]);
    }, RhaiArray.class, RhaiRange.class);
    t.mutFn("retain", (c, a) -> {
      long[] sl = ArrayIndex.startLen((RhaiRangeInclusive) a[1]);
      return retain((RhaiArray) a[0], sl[0], sl[1]);
    }, RhaiArray.class, RhaiRangeInclusive.class);
  }

  /**
   * Replaces {@code len} elements at {@code start} with copies of {@code replace}. An empty array
   * simply takes the replacement; a start past the end appends.
   */
  static Object splice(NativeCallContext c, RhaiArray x, long start, long len, RhaiArray replace) {
    int before = x.size();
    List<Object> items = List.of(replace.view().toArray());
    if (before == 0) {
      ArrayPackage.addAll(x, items);
    } else {
      ArrayIndex.Span s = ArrayIndex.span(before, start, len);
      if (s.start() >= before) {
        ArrayPackage.addAll(x, items);
      } else {
        List<Object> region = x.mut().subList(s.start(), s.end());
        region.clear();
        region.addAll(ArrayPackage.copyOf(items).view());
      }
    }
    if (x.size() > before) {
      ArrayIndex.grew(c, x, before, x.size(), false);
    }
    return Unit.INSTANCE;
  }

  /** Copies {@code len} elements from {@code start}; the array is not changed. */
  static RhaiArray extract(RhaiArray x, long start, long len) {
    if (x.size() == 0 || len <= 0) {
      return new RhaiArray();
    }
    ArrayIndex.Span s = ArrayIndex.span(x.size(), start, len);
    if (s.len() == 0) {
      return new RhaiArray();
    }
    return ArrayPackage.copyOf(x.view().subList(s.start(), s.end()));
  }

  /**
   * Cuts the array at {@code index} and returns the tail; index 0 (or below {@code -length})
   * moves everything out, an index at or past the end returns {@code []}.
   */
  static RhaiArray split(RhaiArray x, long index) {
    if (x.size() == 0) {
      return new RhaiArray();
    }
    ArrayIndex.Span s = ArrayIndex.span(x.size(), index, Long.MAX_VALUE);
    if (s.start() >= x.size()) {
      return new RhaiArray();
    }
    return cut(x, s.start(), x.size());
  }

  /** Removes {@code len} elements from {@code start} and returns them. */
  static RhaiArray drain(RhaiArray x, long start, long len) {
    if (x.size() == 0 || len <= 0) {
      return new RhaiArray();
    }
    ArrayIndex.Span s = ArrayIndex.span(x.size(), start, len);
    if (s.len() == 0) {
      return new RhaiArray();
    }
    return cut(x, s.start(), s.end());
  }

  /**
   * Keeps only {@code len} elements from {@code start} and returns the others in order. An empty
   * selection changes nothing and returns {@code []} (Rhai's code; its doc says otherwise).
   */
  static RhaiArray retain(RhaiArray x, long start, long len) {
    if (x.size() == 0 || len <= 0) {
      return new RhaiArray();
    }
    ArrayIndex.Span s = ArrayIndex.span(x.size(), start, len);
    if (s.len() == 0) {
      return new RhaiArray();
    }
    List<Object> l = x.mut();
    List<Object> removed = new ArrayList<>(l.size() - s.len());
    removed.addAll(l.subList(0, s.start()));
    removed.addAll(l.subList(s.end(), l.size()));
    l.subList(s.end(), l.size()).clear();
    l.subList(0, s.start()).clear();
    return new RhaiArray(removed);
  }

  /** Removes elements {@code from..to} from {@code x} and returns them as a new array. */
  private static RhaiArray cut(RhaiArray x, int from, int to) {
    List<Object> region = x.mut().subList(from, to);
    RhaiArray r = new RhaiArray(new ArrayList<>(region));
    region.clear();
    return r;
  }
}
