package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringSlicePackageTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "hello, world!".sub_string(3, 4)     | "lo, "
      "hello, world!".sub_string(-8, 3)    | ", w"
      "hello, world!".sub_string(5)        | ", world!"
      "hello, world!".sub_string(-5)       | "orld!"
      "hello, world!".sub_string(3..7)     | "lo, "
      "hello, world!".sub_string(3..=7)    | "lo, w"
      "hello".sub_string(3..=1)            | "l"
      "hello".sub_string(3..1)             | ""
      "hello".sub_string(-2..2)            | "he"
      "hello".sub_string(1..)              | "ello"
      "hello".sub_string(..=)              | "hello"
      "hello".sub_string(-99, 2)           | "he"
      "hello".sub_string(-99)              | "hello"
      "hello".sub_string(99)               | ""
      "hello".sub_string(1, 0)             | ""
      "hello".sub_string(1, 9223372036854775807) | "ello"
      "hello".sub_string(-9223372036854775808, 2) | ""
      "".sub_string(0, 5)                  | ""
      "a😀b".sub_string(1, 1)              | "😀"
      """)
  void subString(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      let s = "hello, world!"; s.crop(2, 8); s              | "llo, wor"
      let s = "hello, world!"; s.crop(2, 8); s.crop(-5, 3); s | ", w"
      let s = "hello, world!"; s.crop(5); s                 | ", world!"
      let s = "hello, world!"; s.crop(-3); s                | "ld!"
      let s = "hello, world!"; s.crop(2..8); s              | "llo, w"
      let s = "hello, world!"; s.crop(2..=8); s             | "llo, wo"
      let s = "hello"; s.crop(..=); s                       | "hello"
      let s = "hello"; s.crop(-99); s                       | "hello"
      let s = "hello"; s.crop(99); s                        | ""
      let s = "hello"; s.crop(1, 0); s                      | ""
      let s = "hello"; s.crop(-9223372036854775808, 2); s   | "hello"
      let s = "😀a😀"; s.crop(1, 5); s                     | "a😀"
      """)
  void crop(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "hello".chars                 | "hello"
      "hello".chars(2..5)           | "llo"
      "hello".chars(2..=3)          | "ll"
      "hello".chars(3..=1)          | ""
      "hello".chars(..=)            | "hello"
      "hello".chars(-2)             | "lo"
      "hello".chars(-99)            | "hello"
      "hello".chars(99)             | ""
      "hello".chars(1, 2)           | "el"
      "hello".chars(-3, 2)          | "ll"
      "hello".chars(1, 0)           | ""
      "a😀b".chars(1)               | "😀b"
      """)
  void charIterators(String iterable, String expected) {
    String script = "let r = \"\"; for c in " + iterable + " { r += c; } r";
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }
}
