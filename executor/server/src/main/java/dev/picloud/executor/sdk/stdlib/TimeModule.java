package dev.picloud.executor.sdk.stdlib;

import static dev.picloud.executor.sdk.SdkParam.param;

import dev.picloud.executor.sdk.SdkException;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.sdk.SdkType;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code time::}: instants in UTC, as epoch milliseconds (INT) or RFC 3339 text ({@code 2024-05-01T12:30:00.000Z}).
 * Functions that take an instant accept either form and, where they return one, return the form they were given.
 */
public final class TimeModule implements SdkModule {
  private static final int MAX_PATTERN_CHARS = 256;

  private final Clock clock;

  /** Reads the current time from {@code clock}. */
  public TimeModule(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public void define(Builder m) {
    m.function("now", SdkType.STRING, "The current time as RFC 3339 text in UTC, with milliseconds.", List.of(),
        (ctx, a) -> Rfc3339.format("time::now", clock.millis()));
    m.function("now_ms", SdkType.INT, "The current time in milliseconds since 1970-01-01T00:00:00Z.", List.of(),
        (ctx, a) -> clock.millis());
    m.function(
        "parse", SdkType.INT, "The epoch milliseconds of an RFC 3339 timestamp (any offset).",
        List.of(param("text", SdkType.STRING)), (ctx, a) -> Rfc3339.parse("time::parse", (String) a.get(0)));
    m.function(
        "format", SdkType.STRING, "An instant as RFC 3339 text in UTC, with milliseconds.",
        List.of(param("ms", SdkType.INT)), (ctx, a) -> Rfc3339.format("time::format", (Long) a.get(0)));
    m.function(
        "format", SdkType.STRING, "An RFC 3339 timestamp normalised to UTC, with milliseconds.",
        List.of(param("ts", SdkType.STRING)),
        (ctx, a) -> Rfc3339.format("time::format", Rfc3339.parse("time::format", (String) a.get(0))));
    m.function(
        "format", SdkType.STRING, "An instant formatted in UTC with a java.time pattern such as \"yyyy-MM-dd HH:mm\".",
        List.of(param("ms", SdkType.INT), param("pattern", SdkType.STRING)),
        (ctx, a) -> format((Long) a.get(0), (String) a.get(1)));
    m.function(
        "format", SdkType.STRING, "An RFC 3339 timestamp formatted in UTC with a java.time pattern.",
        List.of(param("ts", SdkType.STRING), param("pattern", SdkType.STRING)),
        (ctx, a) -> format(Rfc3339.parse("time::format", (String) a.get(0)), (String) a.get(1)));
    m.function(
        "add_seconds", SdkType.INT, "The instant n seconds later (earlier if n is negative), in epoch milliseconds.",
        List.of(param("ms", SdkType.INT), param("n", SdkType.INT)),
        (ctx, a) -> plusSeconds((Long) a.get(0), (Long) a.get(1)));
    m.function(
        "add_seconds", SdkType.STRING, "The instant n seconds later (earlier if n is negative), as RFC 3339 in UTC.",
        List.of(param("ts", SdkType.STRING), param("n", SdkType.INT)),
        (ctx, a) ->
            Rfc3339.format(
                "time::add_seconds",
                plusSeconds(Rfc3339.parse("time::add_seconds", (String) a.get(0)), (Long) a.get(1))));
    for (SdkType first : List.of(SdkType.INT, SdkType.STRING)) {
      for (SdkType second : List.of(SdkType.INT, SdkType.STRING)) {
        m.function(
            "diff_seconds", SdkType.INT, "a - b in whole seconds (rounded toward zero); each is ms or RFC 3339.",
            List.of(param("a", first), param("b", second)),
            (ctx, a) -> diffSeconds(instant(a.get(0)), instant(a.get(1))));
      }
    }
  }

  private static long instant(Object value) {
    return value instanceof String text ? Rfc3339.parse("time::diff_seconds", text) : (Long) value;
  }

  private static long plusSeconds(long ms, long seconds) {
    try {
      return Math.addExact(ms, Math.multiplyExact(seconds, 1000L));
    } catch (ArithmeticException e) {
      throw new SdkException("time::add_seconds: adding " + seconds + " seconds to " + ms + " overflows");
    }
  }

  private static long diffSeconds(long a, long b) {
    try {
      return Math.subtractExact(a, b) / 1000;
    } catch (ArithmeticException e) {
      throw new SdkException("time::diff_seconds: " + a + " - " + b + " overflows");
    }
  }

  private static String format(long ms, String pattern) {
    if (pattern.length() > MAX_PATTERN_CHARS) {
      throw new SdkException(
          "time::format: the pattern is " + pattern.length() + " characters long; the limit is " + MAX_PATTERN_CHARS);
    }
    DateTimeFormatter formatter;
    try {
      formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    } catch (IllegalArgumentException e) {
      throw new SdkException("time::format: invalid pattern " + Quoted.of(pattern) + ": " + e.getMessage());
    }
    try {
      return formatter.format(Instant.ofEpochMilli(ms).atZone(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      throw new SdkException(
          "time::format: cannot format " + ms + " with " + Quoted.of(pattern) + ": " + e.getMessage());
    }
  }
}
