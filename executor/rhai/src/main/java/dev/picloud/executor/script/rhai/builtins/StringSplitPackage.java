package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.sandbox.Sizes;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiChar;

/**
 * {@code split} and {@code split_rev} of Rhai's {@code MoreString} package, with Rust's {@code
 * str::split}/{@code splitn}/{@code rsplit}/{@code rsplitn} semantics: empty pieces are kept, an
 * empty delimiter matches before every character and at the end ({@code "ab"} → {@code ["",
 * "a", "b", ""]}), and the reverse forms search from the right, which differs from reversing
 * {@code split} when matches overlap ({@code "aaa".split_rev("aa")} is {@code ["", "a"]}). A
 * segment count below 1 returns the whole string as the only piece.
 */
public final class StringSplitPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn("split", (c, a) -> grown(c, splitWhitespace((String) a[0])), String.class);
    t.fn("split", (c, a) -> grown(c, splitAt((String) a[0], (Long) a[1])),
        String.class, Long.class);
    for (Class<?> d : new Class<?>[] {String.class, RhaiChar.class}) {
      t.fn("split", (c, a) -> grown(c, split(checked(c, (String) a[0], a[1].toString()),
          a[1].toString(), 0)), String.class, d);
      t.fn("split", (c, a) -> grown(c, split((String) a[0], a[1].toString(), segments(a[2]))),
          String.class, d, Long.class);
      t.fn("split_rev", (c, a) -> grown(c, splitRev((String) a[0], a[1].toString(), 0)),
          String.class, d);
      t.fn("split_rev",
          (c, a) -> grown(c, splitRev((String) a[0], a[1].toString(), segments(a[2]))),
          String.class, d, Long.class);
    }
  }

  /**
   * Checks the pieces {@code split(s, d)} will build before building them (a string of many
   * delimiters becomes many small strings, each far bigger than its characters).
   */
  private static String checked(NativeCallContext c, String s, String d) {
    long pieces = 1;
    if (d.isEmpty()) {
      pieces = s.length() + 2L;
    } else {
      for (int i = s.indexOf(d); i >= 0; i = s.indexOf(d, i + d.length())) {
        pieces++;
      }
    }
    c.budget().checkContainer(pieces,
        Sizes.CONTAINER + pieces * (8 + Sizes.STRING) + 2L * s.length(), false, c.position());
    return s;
  }

  private static RhaiArray grown(NativeCallContext c, RhaiArray r) {
    c.budget().checkGrowth(r, r.size(), false, c.position());
    return r;
  }

  /** The piece limit: at least 1, at most what a Java array can hold. */
  private static int segments(Object n) {
    long v = (Long) n;
    return (int) Math.max(1, Math.min(v, Integer.MAX_VALUE));
  }

  /**
   * Rust {@code split}/{@code splitn}: pieces between the matches of {@code d} from the left;
   * {@code limit} is the maximum number of pieces (0 = unlimited), the last holding the rest.
   */
  static RhaiArray split(String s, String d, int limit) {
    RhaiArray out = new RhaiArray();
    int start = 0;
    int from = 0;
    while (limit == 0 || out.size() < limit - 1) {
      int m;
      if (d.isEmpty()) {
        if (from > s.length()) {
          break;
        }
        m = from;
        from = m < s.length() ? m + Character.charCount(s.codePointAt(m)) : m + 1;
      } else {
        m = s.indexOf(d, from);
        if (m < 0) {
          break;
        }
        from = m + d.length();
      }
      out.add(s.substring(start, m));
      start = m + d.length();
    }
    out.add(s.substring(start));
    return out;
  }

  /** Rust {@code rsplit}/{@code rsplitn}: as {@link #split}, searching from the right. */
  static RhaiArray splitRev(String s, String d, int limit) {
    RhaiArray out = new RhaiArray();
    int end = s.length();
    int before = s.length();
    while (limit == 0 || out.size() < limit - 1) {
      int m;
      if (d.isEmpty()) {
        if (before < 0) {
          break;
        }
        m = before;
        before = m > 0 ? m - Character.charCount(s.codePointBefore(m)) : -1;
      } else {
        m = s.lastIndexOf(d, before - d.length());
        if (m < 0) {
          break;
        }
        before = m;
      }
      out.add(s.substring(m + d.length(), end));
      end = m;
    }
    out.add(s.substring(0, end));
    return out;
  }

  /**
   * {@code split(s)}: the runs of non-whitespace (Unicode {@code White_Space}); an all-whitespace
   * string gives {@code []}, the empty string {@code [""]} (builtins.tsv).
   */
  static RhaiArray splitWhitespace(String s) {
    RhaiArray out = new RhaiArray();
    if (s.isEmpty()) {
      out.add("");
      return out;
    }
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (CodePoints.isWhiteSpace(cp)) {
        if (start >= 0) {
          out.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  /**
   * {@code split(s, index)}: {@code [s[..index], s[index..]]} in characters. An index of 0 or
   * less counts from the end, so {@code split(s, 0)} is {@code [s, ""]} (Rhai's {@code
   * split_at}); before the beginning means 0, past the end means the end.
   */
  static RhaiArray splitAt(String s, long index) {
    int n = CodePoints.length(s);
    long at;
    if (index <= 0) {
      at = index == Long.MIN_VALUE || -index > n ? 0 : n + index;
    } else {
      at = Math.min(index, n);
    }
    int cut = CodePoints.offset(s, (int) at);
    RhaiArray out = new RhaiArray(2);
    out.add(s.substring(0, cut));
    out.add(s.substring(cut));
    return out;
  }
}
