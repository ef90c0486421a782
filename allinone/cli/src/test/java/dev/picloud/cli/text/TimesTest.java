package dev.picloud.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimesTest {
  private static final Clock NOON = Clock.fixed(Instant.parse("2026-01-31T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void sinceIsADurationAgoOrAnRfc3339Time() {
    assertThat(Times.since("10m", NOON)).contains(Instant.parse("2026-01-31T11:50:00Z"));
    assertThat(Times.since("2h", NOON)).contains(Instant.parse("2026-01-31T10:00:00Z"));
    assertThat(Times.since("7d", NOON)).contains(Instant.parse("2026-01-24T12:00:00Z"));
    assertThat(Times.since("2026-01-30T08:00:00+01:00", NOON)).contains(Instant.parse("2026-01-30T07:00:00Z"));
    assertThat(Times.since("yesterday", NOON)).isEmpty();
    assertThat(Times.duration("500ms")).contains(Duration.ofMillis(500));
    assertThat(Times.duration("1.5s")).isEmpty();
  }

  @Test
  void printsApiTimesInUtcToTheMillisecond() {
    assertThat(Times.printed("2026-01-31T12:00:00.123456Z")).isEqualTo("2026-01-31 12:00:00.123Z");
    assertThat(Times.clock("2026-01-31T12:00:00.5Z")).isEqualTo("12:00:00.500");
    assertThat(Times.printed("not a time")).isEqualTo("not a time");
  }
}
