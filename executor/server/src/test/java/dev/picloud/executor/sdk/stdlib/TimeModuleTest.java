package dev.picloud.executor.sdk.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.sdk.RhaiSnippets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code time::} as scripts see it; the clock is fixed at {@link RhaiSnippets#NOW} (2024-05-01T12:00:00Z). */
class TimeModuleTest {
  private static final long NOW_MS = 1_714_564_800_000L;
  private final RhaiSnippets rhai = new RhaiSnippets();

  @Test
  void nowIsRfc3339InUtcWithMillisecondsAndNowMsIsEpochMilliseconds() {
    assertThat(rhai.run("time::now()")).isEqualTo("2024-05-01T12:00:00.000Z");
    assertThat(rhai.run("time::now_ms()")).isEqualTo(NOW_MS);
    assertThat(rhai.run("[time::parse(time::now()), time::now_ms()]")).isEqualTo(List.of(NOW_MS, NOW_MS));
  }

  @Test
  void parseAcceptsAnyOffsetAndFraction() {
    assertThat(rhai.run("time::parse(\"2024-05-01T12:00:00Z\")")).isEqualTo(NOW_MS);
    assertThat(rhai.run("time::parse(\"2024-05-01T14:00:00+02:00\")")).isEqualTo(NOW_MS);
    assertThat(rhai.run("time::parse(\"2024-05-01T07:30:00-04:30\")")).isEqualTo(NOW_MS);
    assertThat(rhai.run("time::parse(\"2024-05-01T12:00:00.5Z\")")).isEqualTo(NOW_MS + 500);
    assertThat(rhai.run("time::parse(\"2024-05-01T12:00:00.123456789Z\")")).isEqualTo(NOW_MS + 123);
    assertThat(rhai.run("time::parse(\"2024-05-01t12:00:00z\")")).isEqualTo(NOW_MS);
    assertThat(rhai.run("time::parse(\"2024-05-01 12:00:00Z\")")).isEqualTo(NOW_MS);
    assertThat(rhai.run("time::parse(\"1969-12-31T23:59:59.999Z\")")).isEqualTo(-1L);
    assertThat(rhai.run("time::parse(\"0000-01-01T00:00:00Z\")")).isEqualTo(Rfc3339.MIN_MS);
    assertThat(rhai.run("time::parse(\"9999-12-31T23:59:59.999Z\")")).isEqualTo(Rfc3339.MAX_MS);
  }

  @Test
  void parseRefusesAnythingButRfc3339WithTheReason() {
    assertThat(rhai.caught("time::parse(\"2024-05-01\")"))
        .isEqualTo(
            "time::parse: \"2024-05-01\" is not an RFC 3339 timestamp like \"2024-05-01T12:30:00Z\" (unexpected text"
                + " at position 11)");
    assertThat(rhai.caught("time::parse(\"2024-05-01T12:00:00\")"))
        .asString()
        .endsWith("(unexpected text at position 20)");
    assertThat(rhai.caught("time::parse(\"2024-13-01T00:00:00Z\")"))
        .asString()
        .endsWith("(Invalid value for MonthOfYear (valid values 1 - 12): 13)");
    assertThat(rhai.caught("time::parse(\"2023-02-29T00:00:00Z\")"))
        .asString()
        .endsWith("(Invalid date 'February 29' as '2023' is not a leap year)");
    assertThat(rhai.caught("time::parse(\"1714564800000\")")).asString().startsWith("time::parse: \"1714564800000\"");
    assertThat(rhai.caught("time::parse(\"\")")).asString().startsWith("time::parse: \"\" is not an RFC 3339");
  }

  @Test
  void formatWritesRfc3339InUtc() {
    assertThat(rhai.run("time::format(1714564800000)")).isEqualTo("2024-05-01T12:00:00.000Z");
    assertThat(rhai.run("time::format(-1)")).isEqualTo("1969-12-31T23:59:59.999Z");
    assertThat(rhai.run("time::format(\"2024-05-01T14:00:00.25+02:00\")")).isEqualTo("2024-05-01T12:00:00.250Z");
    assertThat(rhai.caught("time::format(253402300800000)"))
        .isEqualTo("time::format: 253402300800000 ms is outside the years 0000-9999 that RFC 3339 can write");
  }

  @Test
  void formatWithAPatternUsesJavaTimePatternsInUtc() {
    assertThat(rhai.run("time::format(1714564800000, \"yyyy-MM-dd HH:mm\")")).isEqualTo("2024-05-01 12:00");
    assertThat(rhai.run("time::format(1714564800000, \"EEEE d MMMM uuuu, h a\")"))
        .isEqualTo("Wednesday 1 May 2024, 12 PM");
    assertThat(rhai.run("time::format(\"2024-05-01T23:30:00-02:00\", \"yyyy-MM-dd'T'HH:mmXXX\")"))
        .isEqualTo("2024-05-02T01:30Z");
    assertThat(rhai.run("time::format(-62167219200001, \"u\")")).isEqualTo("-1");
  }

  @Test
  void aBadFormatPatternIsAnError() {
    assertThat(rhai.caught("time::format(0, \"yyyy-MM-dd bb\")"))
        .isEqualTo("time::format: invalid pattern \"yyyy-MM-dd bb\": Unknown pattern letter: b");
    assertThat(rhai.caught("time::format(0, \"{x}\")"))
        .isEqualTo("time::format: invalid pattern \"{x}\": Pattern includes reserved character: '{'");
    assertThat(rhai.caught("let p = \"y\"; for i in 0..9 { p += p; } time::format(0, p)"))
        .isEqualTo("time::format: the pattern is 512 characters long; the limit is 256");
  }

  @Test
  void addSecondsReturnsTheKindItWasGiven() {
    assertThat(rhai.run("time::add_seconds(1714564800000, 90)")).isEqualTo(NOW_MS + 90_000);
    assertThat(rhai.run("time::add_seconds(1714564800000, -86400)")).isEqualTo(NOW_MS - 86_400_000);
    assertThat(rhai.run("time::add_seconds(\"2024-05-01T12:00:00Z\", 3600)")).isEqualTo("2024-05-01T13:00:00.000Z");
    assertThat(rhai.run("time::add_seconds(\"2024-12-31T23:59:59.5+01:00\", 1)")).isEqualTo("2024-12-31T23:00:00.500Z");
  }

  @Test
  void addSecondsOutOfRangeIsAnError() {
    assertThat(rhai.caught("time::add_seconds(9223372036854775807, 1)"))
        .isEqualTo("time::add_seconds: adding 1 seconds to 9223372036854775807 overflows");
    assertThat(rhai.caught("time::add_seconds(0, 9223372036854775807)"))
        .isEqualTo("time::add_seconds: adding 9223372036854775807 seconds to 0 overflows");
    assertThat(rhai.caught("time::add_seconds(\"9999-12-31T23:59:59Z\", 1)"))
        .isEqualTo("time::add_seconds: 253402300800000 ms is outside the years 0000-9999 that RFC 3339 can write");
  }

  @Test
  void diffSecondsIsAMinusBInWholeSecondsForEitherKind() {
    assertThat(rhai.run("time::diff_seconds(\"2024-05-01T12:01:30Z\", \"2024-05-01T12:00:00Z\")")).isEqualTo(90L);
    assertThat(rhai.run("time::diff_seconds(1714564800000, 1714564890000)")).isEqualTo(-90L);
    assertThat(rhai.run("time::diff_seconds(time::now_ms(), \"2024-05-01T11:00:00Z\")")).isEqualTo(3600L);
    assertThat(rhai.run("time::diff_seconds(\"2024-05-02T12:00:00+02:00\", time::now_ms())")).isEqualTo(79_200L);
    assertThat(rhai.run("[time::diff_seconds(1999, 0), time::diff_seconds(0, 1999)]")).isEqualTo(List.of(1L, -1L));
    assertThat(rhai.caught("time::diff_seconds(\"yesterday\", 0)"))
        .asString()
        .startsWith("time::diff_seconds: \"yesterday\" is not an RFC 3339 timestamp");
    assertThat(rhai.caught("time::diff_seconds(9223372036854775807, -1)"))
        .isEqualTo("time::diff_seconds: 9223372036854775807 - -1 overflows");
  }

  @Test
  void argumentsOfTheWrongTypeAreFunctionNotFound() {
    for (String call : List.of("time::format(1.5)", "time::add_seconds(0, 1.5)", "time::parse(0)", "time::now(1)",
        "time::diff_seconds(0)", "time::format(0, 1)")) {
      assertThat(rhai.error(call).kind()).as(call).isEqualTo("ErrorFunctionNotFound");
    }
  }
}
