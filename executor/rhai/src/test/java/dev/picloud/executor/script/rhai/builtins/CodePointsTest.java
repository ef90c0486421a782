package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodePointsTest {
  /** Unicode 15's White_Space code points (Rust {@code char::is_whitespace}). */
  private static final int[] WHITE_SPACE = {
    0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
    0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000
  };

  @Test
  void whiteSpaceIsExactlyTheUnicodeProperty() {
    int[] found = IntStream.rangeClosed(0, 0x10FFFF).filter(CodePoints::isWhiteSpace).toArray();
    assertThat(found).containsExactly(WHITE_SPACE);
  }

  @Test
  void trimUsesWhiteSpaceNotJavaWhitespace() {
    assertThat(CodePoints.trim("\u00A0\u202F x y\u3000\n")).isEqualTo("x y");
    assertThat(CodePoints.trim("\u001Cx\u200B")).isEqualTo("\u001Cx\u200B");
    assertThat(CodePoints.trim(" \t ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "a, A, a",
    "ß, ß, ß",
    "ŉ, ŉ, ŉ",
    "ᾀ, ᾀ, ᾀ",
    "İ, İ, İ",
    "Σ, Σ, σ",
    "ǅ, Ǆ, ǆ",
    "😀, 😀, 😀"
  })
  void singleCharacterCaseMappingKeepsMultiCharacterResults(String ch, String upper, String lower) {
    int cp = ch.codePointAt(0);
    assertThat(Character.toString(CodePoints.upperChar(cp))).isEqualTo(upper);
    assertThat(Character.toString(CodePoints.lowerChar(cp))).isEqualTo(lower);
  }

  @Test
  void utf8LengthCountsEncodedBytes() {
    assertThat(CodePoints.utf8Length("")).isZero();
    assertThat(CodePoints.utf8Length("aé€😀")).isEqualTo(1 + 2 + 3 + 4);
  }

  @Test
  void emptyPatternReplacementKeepsSurrogatePairsTogether() {
    assertThat(CodePoints.replace("😀a", "", "-")).isEqualTo("-😀-a-");
    assertThat(CodePoints.replace("", "", "-")).isEqualTo("-");
    assertThat(CodePoints.replace("aXbX", "X", "")).isEqualTo("ab");
  }

  @Test
  void slicesAndIndicesCountCodePoints() {
    assertThat(CodePoints.length("a😀b")).isEqualTo(3);
    assertThat(CodePoints.slice("a😀b", 1, 2)).isEqualTo("😀b");
    assertThat(CodePoints.indexOf("a😀b", 3)).isEqualTo(2);
  }
}
