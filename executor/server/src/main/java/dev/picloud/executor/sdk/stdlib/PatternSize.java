package dev.picloud.executor.sdk.stdlib;

import java.util.regex.Pattern;

/**
 * Estimates the RE2 program size of a pattern from its text, to refuse a pattern whose counted repetitions would
 * blow up before RE2/J expands them. Literals, escapes and classes count 1, a group the sum of its contents plus one,
 * {@code *}, {@code +} and {@code ?} one more, and {@code {n,m}} multiplies what it repeats by its larger bound
 * ({@code {n,}} by n + 1), nested. The estimate stays within a small factor of the compiled size; it need not be
 * exact because the compiled size is checked too. It stops counting once past the limit, so it cannot overflow.
 */
final class PatternSize {
  private static final Pattern REPEAT = Pattern.compile("\\d{1,9}(,\\d{0,9})?");

  private final String p;
  private final long limit;
  private final long[] outerTotals;
  private int depth;
  private long total;
  /** Size of the last atom or group: what a following repetition repeats. */
  private long last;

  private PatternSize(String pattern, long limit) {
    this.p = pattern;
    this.limit = limit;
    this.outerTotals = new long[pattern.length() + 1];
  }

  /** The estimated size of {@code pattern}; any value above {@code limit} means "too big". */
  static long estimate(String pattern, long limit) {
    return new PatternSize(pattern, limit).scan();
  }

  private long scan() {
    int i = 0;
    while (i < p.length() && total <= limit) {
      i = step(i);
    }
    while (depth > 0) {
      total += outerTotals[--depth];
    }
    return total;
  }

  /** Accounts for the construct at {@code i}; returns the index after it. */
  private int step(int i) {
    char c = p.charAt(i);
    if (p.startsWith("\\Q", i)) {
      int end = p.indexOf("\\E", i + 2);
      int next = end < 0 ? p.length() : end + 2;
      total += next - i;
      last = 1;
      return next;
    }
    switch (c) {
      case '\\' -> {
        return atom(1, escapeEnd(i));
      }
      case '[' -> {
        return atom(1, classEnd(i));
      }
      case '(' -> {
        outerTotals[depth] = total;
        depth++;
        total = 0;
        last = 0;
        return i + 1;
      }
      case ')' -> {
        return depth == 0 ? atom(1, i + 1) : closeGroup(i);
      }
      case '*', '+', '?' -> {
        total += 1;
        return i + 1;
      }
      case '{' -> {
        int end = repeatEnd(i);
        return end < 0 ? atom(1, i + 1) : repeat(p.substring(i + 1, end - 1), end);
      }
      default -> {
        return atom(1, i + 1);
      }
    }
  }

  private int atom(long size, int next) {
    total += size;
    last = size;
    return next;
  }

  private int closeGroup(int i) {
    long group = total + 1;
    depth--;
    total = outerTotals[depth];
    return atom(group, i + 1);
  }

  private int repeat(String body, int next) {
    long count = repeatBound(body);
    total += last * Math.max(0, count - 1);
    last = Math.min(last * count, limit + 1);
    return next;
  }

  private int escapeEnd(int i) {
    if (i + 2 < p.length() && "pPx".indexOf(p.charAt(i + 1)) >= 0 && p.charAt(i + 2) == '{') {
      int close = p.indexOf('}', i + 3);
      return close < 0 ? p.length() : close + 1;
    }
    return Math.min(p.length(), i + 2);
  }

  private int classEnd(int i) {
    int j = i + 1;
    if (j < p.length() && p.charAt(j) == '^') {
      j++;
    }
    if (j < p.length() && p.charAt(j) == ']') {
      j++;
    }
    while (j < p.length()) {
      char c = p.charAt(j);
      if (c == '\\') {
        j = escapeEnd(j);
      } else if (p.startsWith("[:", j) && p.indexOf(":]", j + 2) > 0) {
        j = p.indexOf(":]", j + 2) + 2;
      } else if (c == ']') {
        return j + 1;
      } else {
        j++;
      }
    }
    return p.length();
  }

  /** The index after {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code i}, or -1 if the brace is a literal. */
  private int repeatEnd(int i) {
    int close = p.indexOf('}', i);
    return close > 0 && REPEAT.matcher(p.substring(i + 1, close)).matches() ? close + 1 : -1;
  }

  /** The larger bound of a repeat; {@code n,} counts as n + 1 (n copies and a loop). */
  private static long repeatBound(String body) {
    int comma = body.indexOf(',');
    if (comma < 0) {
      return Long.parseLong(body);
    }
    long min = Long.parseLong(body.substring(0, comma));
    String max = body.substring(comma + 1);
    return max.isEmpty() ? min + 1 : Math.max(min, Long.parseLong(max));
  }
}
