package dev.picloud.executor.sdk.stdlib;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.picloud.executor.sdk.SdkException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Compiles script patterns with RE2/J, whose matching time is linear in the text (no backtracking), and keeps the
 * most recently used ones (a bounded LRU shared by every run; RE2/J patterns are thread-safe).
 *
 * <p>Linear time is only useful if the program is small, and RE2/J expands counted repetition when compiling: {@code
 * ((a{1000}){1000}){1000}} would be a billion instructions. So before compiling, {@link PatternSize} estimates the
 * program size from the pattern text, and after compiling the real size is checked too.
 */
final class RegexPatterns {
  /** Longest pattern accepted, in characters. */
  static final int MAX_PATTERN_CHARS = 4_096;
  /** Largest compiled program accepted, in RE2 instructions. */
  static final int MAX_PROGRAM_SIZE = 100_000;

  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Pattern> cache;

  /** A cache of at most {@code capacity} patterns. */
  RegexPatterns(int capacity) {
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * The compiled pattern.
   *
   * @param function the calling function, for messages ({@code regex::find})
   * @throws SdkException when the pattern is too long, too big or invalid
   */
  Pattern compile(String function, String pattern) {
    Pattern cached = get(pattern);
    if (cached != null) {
      return cached;
    }
    if (pattern.length() > MAX_PATTERN_CHARS) {
      throw new SdkException(
          function + ": the pattern is " + pattern.length() + " characters long; the limit is " + MAX_PATTERN_CHARS);
    }
    if (PatternSize.estimate(pattern, MAX_PROGRAM_SIZE) > MAX_PROGRAM_SIZE) {
      throw tooBig(function, pattern);
    }
    Pattern compiled;
    try {
      compiled = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw invalid(function, pattern, e);
    }
    if (compiled.programSize() > MAX_PROGRAM_SIZE) {
      throw tooBig(function, pattern);
    }
    lock.lock();
    try {
      cache.put(pattern, compiled);
    } finally {
      lock.unlock();
    }
    return compiled;
  }

  private Pattern get(String pattern) {
    lock.lock();
    try {
      return cache.get(pattern);
    } finally {
      lock.unlock();
    }
  }

  private static SdkException tooBig(String function, String pattern) {
    return new SdkException(
        function + ": the pattern " + Quoted.of(pattern) + " is too complex (its repetition counts multiply to more"
            + " than " + MAX_PROGRAM_SIZE + " steps)");
  }

  private static SdkException invalid(String function, String pattern, PatternSyntaxException e) {
    StringBuilder m = new StringBuilder(function).append(": invalid pattern ").append(Quoted.of(pattern));
    if ("stack underflow".equals(e.getPattern())) {
      // RE2/J's way of saying what Go's RE2 calls "unexpected )".
      return new SdkException(m.append(": unmatched )").toString());
    }
    m.append(": ").append(e.getDescription());
    if (e.getPattern() != null && !e.getPattern().isEmpty() && !e.getPattern().equals(pattern)) {
      m.append(" at ").append(Quoted.of(e.getPattern()));
    }
    if (e.getDescription().contains("Perl syntax") || e.getDescription().contains("escape sequence")) {
      m.append(" (lookaround and backreferences are not supported)");
    }
    return new SdkException(m.toString());
  }
}
