package dev.picloud.executor.sdk.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

/** The size estimate that keeps patterns with exploding repetition from being compiled. */
class PatternSizeTest {
  private static final long LIMIT = RegexPatterns.MAX_PROGRAM_SIZE;

  private static long estimate(String pattern) {
    return PatternSize.estimate(pattern, LIMIT);
  }

  @Test
  void theEstimateIsWithinASmallFactorOfTheCompiledSize() {
    for (String p :
        new String[] {
          "a", "abc", "a{10}", "(ab){10}", "(a{10}){10}", "[a-z]{3,50}", "x{5,}", "(?i)(foo|bar)+baz{2}",
          "\\p{Greek}{20}", "\\Qa{1000}\\E{2}", "[\\]{}]{30}", "((a|b){3}c){4}", "(?P<n>\\d{1,9})-(\\w{2})?",
          "((((((a))))))", "(a?){50}", "[[:alpha:]]{9}", "^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$"
        }) {
      long real = Pattern.compile(p).programSize();
      assertThat(real).as(p).isLessThanOrEqualTo(3 * estimate(p) + 10);
      assertThat(estimate(p)).as(p).isLessThanOrEqualTo(10 * real);
    }
  }

  @Test
  void nestedRepetitionMultiplies() {
    assertThat(estimate("(a{1000}){1000}")).isGreaterThan(LIMIT);
    assertThat(estimate("((a{100}){100}){100}")).isGreaterThan(LIMIT);
    assertThat(estimate("a{1000}b{1000}")).isLessThan(3_000);
    assertThat(estimate("a{1,}")).isLessThan(10);
  }

  @Test
  void bracesThatAreNotRepeatsAreLiterals() {
    assertThat(estimate("x{,5}{1000}")).isLessThan(2_000);
    assertThat(estimate("{}a")).isEqualTo(3);
    assertThat(estimate("[{1000}]")).isEqualTo(1);
  }

  @Test
  void unbalancedTextIsEstimatedWithoutFailing() {
    assertThat(estimate("a)b")).isEqualTo(3);
    assertThat(estimate("((a")).isEqualTo(1);
    assertThat(estimate("(a{1000}){99}(")).as("an unclosed group keeps what came before").isGreaterThan(99_000);
    assertThat(estimate("\\")).isEqualTo(1);
    assertThat(estimate("[abc")).isEqualTo(1);
  }
}
