package dev.picloud.executor.sdk.stdlib;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import dev.picloud.executor.sdk.SdkException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * RFC 3339 timestamps ({@code 2024-05-01T12:30:00Z}, {@code 2024-05-01T14:30:00.250+02:00}) to and from epoch
 * milliseconds. Parsing is strict RFC 3339: four-digit year, seconds required, any number of fraction digits (up to
 * nine; below a millisecond is dropped), {@code Z} or a {@code ±HH:MM} offset; {@code t}, {@code z} and a space
 * instead of {@code T} are accepted as the RFC allows. Output is always UTC with three fraction digits and {@code Z},
 * so it sorts as text; years outside 0000–9999, which RFC 3339 cannot write, are an error.
 */
final class Rfc3339 {
  /** 0000-01-01T00:00:00.000Z. */
  static final long MIN_MS = -62_167_219_200_000L;
  /** 9999-12-31T23:59:59.999Z. */
  static final long MAX_MS = 253_402_300_799_999L;

  private static final DateTimeFormatter PARSER =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendValue(YEAR, 4)
          .appendLiteral('-')
          .appendValue(MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(DAY_OF_MONTH, 2)
          .appendLiteral('T')
          .appendValue(HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .appendOffset("+HH:MM", "Z")
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter PRINTER =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Rfc3339() {}

  /**
   * Epoch milliseconds of an RFC 3339 timestamp.
   *
   * @throws SdkException naming {@code function} when the text is not one
   */
  static long parse(String function, String text) {
    String normalized = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
        : text;
    try {
      return PARSER.parse(normalized, OffsetDateTime::from).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      String why =
          e.getCause() != null ? e.getCause().getMessage() : "unexpected text at position " + (e.getErrorIndex() + 1);
      throw new SdkException(
          function + ": " + Quoted.of(text) + " is not an RFC 3339 timestamp like \"2024-05-01T12:30:00Z\" (" + why
              + ")");
    }
  }

  /**
   * RFC 3339 text in UTC with milliseconds.
   *
   * @throws SdkException naming {@code function} when the year is outside 0000–9999
   */
  static String format(String function, long ms) {
    if (ms < MIN_MS || ms > MAX_MS) {
      throw new SdkException(
          function + ": " + ms + " ms is outside the years 0000-9999 that RFC 3339 can write");
    }
    return PRINTER.format(Instant.ofEpochMilli(ms));
  }
}
