package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringSplitPackageTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "a,b,,c,".split(",")                          | ["a", "b", "", "c", ""]
      "".split(",")                                 | [""]
      "ab".split("")                                | ["", "a", "b", ""]
      "".split("")                                  | ["", ""]
      "a😀b".split("")                              | ["", "a", "😀", "b", ""]
      "a,b,c".split(",", 2)                         | ["a", "b,c"]
      "a,b,c".split(",", 0)                         | ["a,b,c"]
      "a,b,c".split(",", -5)                        | ["a,b,c"]
      "a,b,c".split(",", 99)                        | ["a", "b", "c"]
      "abc".split("", 2)                            | ["", "abc"]
      "hello, world! hello, foo!".split('l')        | ["he", "", "o, wor", "d! he", "", "o, foo!"]
      "hello, world! hello, foo!".split('l', 3)     | ["he", "", "o, world! hello, foo!"]
      "a😀b😀".split('😀')                          | ["a", "b", ""]
      "xaaay".split("aa")                           | ["x", "ay"]
      """)
  void splitFromTheLeft(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "hello, world! hello, foo!".split_rev("ll")     | ["o, foo!", "o, world! he", "he"]
      "hello, world! hello, foo!".split_rev("ll", 2)  | ["o, foo!", "hello, world! he"]
      "hello, world! hello, foo!".split_rev('l')      | ["o, foo!", "", "d! he", "o, wor", "", "he"]
      "hello, world! hello, foo!".split_rev('l', 3)   | ["o, foo!", "", "hello, world! he"]
      "xaaay".split_rev("aa")                         | ["y", "xa"]
      "ab".split_rev("")                              | ["", "b", "a", ""]
      "abc".split_rev("", 2)                          | ["", "abc"]
      "a,b".split_rev(",", 0)                         | ["a,b"]
      "".split_rev(",")                               | [""]
      """)
  void splitFromTheRight(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "  a \\u00A0b\\t\\nc\\u2028 ".split()         | ["a", "b", "c"]
      "one".split()                                 | ["one"]
      "   ".split()                                 | []
      "".split()                                    | [""]
      "hello, world!".split(6)                      | ["hello,", " world!"]
      "hello, world!".split(13)                     | ["hello, world!", ""]
      "hello, world!".split(99)                     | ["hello, world!", ""]
      "hello, world!".split(-6)                     | ["hello, ", "world!"]
      "hello, world!".split(-99)                    | ["", "hello, world!"]
      "hello".split(0)                              | ["hello", ""]
      "a😀b".split(2)                               | ["a😀", "b"]
      const x = "a,b,c"; x.split(",")               | ["a", "b", "c"]
      """)
  void splitOnWhitespaceAndAtAnIndex(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @Test
  void resultsAreCheckedAgainstTheArrayLimit() {
    assertThat(Scripts.error("\"a,b,c,d\".split(\",\")", Limits.DEFAULT.withSizes(0, 3, 0)).kind())
        .isEqualTo(ErrorKind.ErrorDataTooLarge);
  }
}
