package dev.picloud.executor.sdk.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import dev.picloud.executor.sdk.SdkException;
import org.junit.jupiter.api.Test;

/** The pattern cache and its errors. */
class RegexPatternsTest {
  @Test
  void aPatternIsCompiledOnceWhileItStaysInTheCache() {
    RegexPatterns patterns = new RegexPatterns(2);
    Pattern a = patterns.compile("f", "a+");
    assertThat(patterns.compile("f", "a+")).isSameAs(a);
    patterns.compile("f", "b+");
    patterns.compile("f", "a+");
    patterns.compile("f", "c+");
    assertThat(patterns.compile("f", "a+")).as("recently used, kept").isSameAs(a);
    Pattern b = patterns.compile("f", "b+");
    assertThat(patterns.compile("f", "b+")).isSameAs(b);
  }

  @Test
  void theLeastRecentlyUsedPatternIsEvicted() {
    RegexPatterns patterns = new RegexPatterns(2);
    Pattern a = patterns.compile("f", "a+");
    patterns.compile("f", "b+");
    patterns.compile("f", "c+");
    assertThat(patterns.compile("f", "a+")).isNotSameAs(a);
  }

  @Test
  void errorsNameTheCallingFunction() {
    RegexPatterns patterns = new RegexPatterns(2);
    assertThatThrownBy(() -> patterns.compile("regex::find", "a)"))
        .isInstanceOf(SdkException.class)
        .hasMessage("regex::find: invalid pattern \"a)\": unmatched )");
  }
}
