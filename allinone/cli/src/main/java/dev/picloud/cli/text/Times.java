package dev.picloud.cli.text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times as the CLI reads ({@code --since 10m} or RFC 3339) and prints them (UTC, to the millisecond). */
public final class Times {
  private static final Pattern AGO = Pattern.compile("(\\d+)(ms|s|m|h|d)");
  private static final DateTimeFormatter PRINTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Times() {}

  /** A duration such as {@code 500ms}, {@code 30s}, {@code 10m}, {@code 2h}, {@code 7d}; empty if it is not one. */
  public static Optional<Duration> duration(String text) {
    Matcher m = AGO.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    return Optional.of(
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        });
  }

  /** {@code --since}: a duration back from now, or an RFC 3339 time; empty if it is neither. */
  public static Optional<Instant> since(String text, Clock clock) {
    Optional<Duration> ago = duration(text);
    if (ago.isPresent()) {
      return Optional.of(clock.instant().minus(ago.get()));
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** An RFC 3339 time from the API as {@code 2025-11-23 00:46:12.345Z}; the text itself if it does not parse. */
  public static String printed(String rfc3339) {
    return parse(rfc3339).map(PRINTED::format).orElse(rfc3339);
  }

  /** Only the time of day, {@code 00:46:12.345}. */
  public static String clock(String rfc3339) {
    return parse(rfc3339).map(CLOCK::format).orElse(rfc3339);
  }

  /** Parses an API time. */
  public static Optional<Instant> parse(String rfc3339) {
    if (rfc3339 == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(rfc3339).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
