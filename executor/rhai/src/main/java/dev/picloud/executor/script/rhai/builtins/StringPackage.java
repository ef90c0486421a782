package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.Unit;
import java.nio.charset.StandardCharsets;

/**
 * The read-only half of Rhai's {@code MoreString} package: sizes ({@code len}, {@code bytes},
 * {@code is_empty}), conversions ({@code to_blob}, {@code to_chars}, case mapping), searching
 * ({@code contains}, {@code starts_with}, {@code ends_with}, {@code index_of}), {@code get} and
 * {@code min}/{@code max} of strings and characters. Positions are character (code point)
 * indices; negative ones count from the end.
 */
public final class StringPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    registerSizes(t);
    registerSearch(t);
    registerCase(t);
    t.fn2("get", String.class, Long.class, StringPackage::get);
    t.fn2("min", String.class, String.class, (x, y) -> RhaiMap.compareKeys(x, y) <= 0 ? x : y);
    t.fn2("max", String.class, String.class, (x, y) -> RhaiMap.compareKeys(x, y) >= 0 ? x : y);
    t.fn2("min", RhaiChar.class, RhaiChar.class, (x, y) -> x.compareTo(y) <= 0 ? x : y);
    t.fn2("max", RhaiChar.class, RhaiChar.class, (x, y) -> x.compareTo(y) >= 0 ? x : y);
  }

  private static void registerSizes(FunctionTable.Builder t) {
    t.fn1("len", String.class, s -> (long) CodePoints.length(s));
    t.getter("len", String.class, (c, a) -> (long) CodePoints.length((String) a[0]));
    t.fn1("bytes", String.class, CodePoints::utf8Length);
    t.getter("bytes", String.class, (c, a) -> CodePoints.utf8Length((String) a[0]));
    t.fn1("is_empty", String.class, String::isEmpty);
    t.getter("is_empty", String.class, (c, a) -> ((String) a[0]).isEmpty());
    t.fn("to_blob", (c, a) -> {
      RhaiBlob b = new RhaiBlob(((String) a[0]).getBytes(StandardCharsets.UTF_8));
      c.budget().checkGrowth(b, b.size(), false, c.position());
      return b;
    }, String.class);
    t.fn("to_chars", (c, a) -> {
      String s = (String) a[0];
      c.budget().checkContainer(s.length(), BlobPackage.expanded(s.length()), false,
          c.position());
      RhaiArray r = new RhaiArray(s.length());
      s.codePoints().forEach(cp -> r.add(RhaiChar.of(cp)));
      c.budget().checkGrowth(r, r.size(), false, c.position());
      return r;
    }, String.class);
  }

  private static void registerSearch(FunctionTable.Builder t) {
    t.fn2("contains", String.class, String.class, String::contains);
    t.fn2("contains", String.class, RhaiChar.class, (s, ch) -> s.indexOf(ch.codePoint()) >= 0);
    t.fn2("starts_with", String.class, String.class, String::startsWith);
    t.fn2("starts_with", String.class, RhaiChar.class,
        (s, ch) -> !s.isEmpty() && s.codePointAt(0) == ch.codePoint());
    t.fn2("ends_with", String.class, String.class, String::endsWith);
    t.fn2("ends_with", String.class, RhaiChar.class,
        (s, ch) -> !s.isEmpty() && s.codePointBefore(s.length()) == ch.codePoint());
    t.fn2("index_of", String.class, String.class, (s, find) -> indexOf(s, find, 0));
    t.fn2("index_of", String.class, RhaiChar.class, (s, ch) -> indexOf(s, ch.toString(), 0));
    t.fn3("index_of", String.class, String.class, Long.class, StringPackage::indexOf);
    t.fn3("index_of", String.class, RhaiChar.class, Long.class,
        (s, ch, start) -> indexOf(s, ch.toString(), start));
  }

  private static void registerCase(FunctionTable.Builder t) {
    t.fn("to_upper", (c, a) -> checked(c, CodePoints.upper((String) a[0])), String.class);
    t.fn("to_lower", (c, a) -> checked(c, CodePoints.lower((String) a[0])), String.class);
    t.fn1("to_upper", RhaiChar.class, ch -> RhaiChar.of(CodePoints.upperChar(ch.codePoint())));
    t.fn1("to_lower", RhaiChar.class, ch -> RhaiChar.of(CodePoints.lowerChar(ch.codePoint())));
    t.mutFn("make_upper", (c, a) -> {
      a[0] = checked(c, CodePoints.upper((String) a[0]));
      return Unit.INSTANCE;
    }, String.class);
    t.mutFn("make_lower", (c, a) -> {
      a[0] = checked(c, CodePoints.lower((String) a[0]));
      return Unit.INSTANCE;
    }, String.class);
    t.mutFn("make_upper", (c, a) -> {
      a[0] = RhaiChar.of(CodePoints.upperChar(((RhaiChar) a[0]).codePoint()));
      return Unit.INSTANCE;
    }, RhaiChar.class);
    t.mutFn("make_lower", (c, a) -> {
      a[0] = RhaiChar.of(CodePoints.lowerChar(((RhaiChar) a[0]).codePoint()));
      return Unit.INSTANCE;
    }, RhaiChar.class);
  }

  /** Applies the sandbox's string size check to a string just built and returns it. */
  static String checked(NativeCallContext c, String s) {
    c.budget().checkString(s.length(), c.position());
    return s;
  }

  /**
   * Character index of the first {@code find} at or after character {@code start}, or -1. A
   * negative start counts from the end (before the beginning means 0); an empty string never
   * matches, not even an empty {@code find} (as in Rhai).
   */
  static long indexOf(String s, String find, long start) {
    if (s.isEmpty()) {
      return -1;
    }
    int from;
    if (start < 0) {
      if (start == Long.MIN_VALUE) {
        return -1;
      }
      int n = CodePoints.length(s);
      from = -start > n ? 0 : CodePoints.offset(s, (int) (n + start));
    } else if (start == 0) {
      from = 0;
    } else {
      int n = CodePoints.length(s);
      if (start >= n) {
        return -1;
      }
      from = CodePoints.offset(s, (int) start);
    }
    int i = s.indexOf(find, from);
    return i < 0 ? -1 : CodePoints.indexOf(s, i);
  }

  /** {@code get(s, i)}: the character at {@code i} (negative from the end), else {@code ()}. */
  static Object get(String s, long index) {
    int n = CodePoints.length(s);
    long i = index >= 0 ? index : index == Long.MIN_VALUE ? -1 : n + index;
    if (i < 0 || i >= n) {
      return Unit.INSTANCE;
    }
    return RhaiChar.of(s.codePointAt(CodePoints.offset(s, (int) i)));
  }
}
