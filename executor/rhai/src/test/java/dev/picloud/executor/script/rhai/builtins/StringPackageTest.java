package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.RhaiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringPackageTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "héllo".len()                 | 5
      "héllo".len                   | 5
      len("a😀b")                   | 3
      "héllo".bytes                 | 6
      bytes("a😀")                  | 5
      "".bytes()                    | 0
      "".is_empty                   | true
      "a".is_empty()                | false
      "a😀".to_blob()               | [61f09f9880]
      "".to_blob().len()            | 0
      "a😀b".to_chars()             | [a, 😀, b]
      "".to_chars()                 | []
      """)
  void sizesAndConversions(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "hello".contains("ll")                            | true
      "hello".contains("")                              | true
      "hello".contains('z')                             | false
      '😀' in "a😀"                                     | true
      "hello".starts_with("he")                         | true
      "hello".starts_with('h')                          | true
      "hello".starts_with('e')                          | false
      "".starts_with('h')                               | false
      "".starts_with("")                                | true
      "hello".ends_with("lo")                           | true
      "a😀".ends_with('😀')                             | true
      "".ends_with('a')                                 | false
      "hello, world!".index_of('l')                     | 2
      "hello, world!".index_of('l', 5)                  | 10
      "hello, world!".index_of('o', -7)                 | 8
      "hello, world!".index_of('x', 0)                  | -1
      "hello, world! hello, foobar!".index_of("ll", 5)  | 16
      "hello, world! hello, foobar!".index_of("ll", -15) | 16
      "hello".index_of("xx")                            | -1
      "hello".index_of("")                              | 0
      "".index_of("")                                   | -1
      "abc".index_of("", 2)                             | 2
      "abc".index_of("", 3)                             | -1
      "abc".index_of('a', -99)                          | 0
      "abc".index_of('a', -9223372036854775808)         | -1
      "😀😀x".index_of('x')                             | 2
      "😀😀x😀".index_of("😀", 1)                       | 1
      """)
  void searching(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "hello".get(0)                    | h
      "hello".get(-1)                   | o
      "hello".get(-5)                   | h
      "hello".get(5)                    | ()
      "hello".get(-6)                   | ()
      "a😀b".get(1)                     | 😀
      "".get(0)                         | ()
      max("a", "b")                     | "b"
      min("abc", "abd")                 | "abc"
      "b".max("a")                      | "b"
      max("\\uFFFF", "😀")              | "😀"
      min("\\uFFFF", "😀") == "\\uFFFF"   | true
      max('a', 'z')                     | z
      min('a', 'z')                     | a
      """)
  void getAndMinMax(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "hello, World ß".to_upper()                 | "HELLO, WORLD SS"
      "ÀB".to_lower()                             | "àb"
      "ΣΑΣ".to_lower()                            | "σας"
      "İ".to_lower().len()                        | 2
      'ß'.to_upper()                              | ß
      'a'.to_upper()                              | A
      'Ä'.to_lower()                              | ä
      'İ'.to_lower()                              | İ
      'ᾀ'.to_upper()                              | ᾀ
      let s = "Abc"; s.make_upper(); s            | "ABC"
      let s = "AbC"; s.make_lower(); s            | "abc"
      let c = 'x'; c.make_upper(); c              | X
      let c = 'X'; make_lower(c); c               | x
      let s = "abc"; let t = s.to_upper(); s      | "abc"
      """)
  void caseMapping(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }

  @Test
  void mutatingCaseFunctionsRejectConstantReceivers() {
    RhaiError e = Scripts.error("const s = \"abc\"; s.make_upper();");
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorNonPureMethodCallOnConstant);
    assertThat(e.rawMessage())
        .isEqualTo("Non-pure method 'make_upper' cannot be called on constant");
    assertThat(Scripts.show("const s = \"abc\"; s.to_upper()")).isEqualTo("\"ABC\"");
  }

  @Test
  void unknownOverloadsAreReportedWithRhaiSignatures() {
    RhaiError e = Scripts.error("\"abc\".index_of(1)");
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorFunctionNotFound);
    assertThat(e.rawMessage())
        .isEqualTo("Function not found: index_of (&str | ImmutableString | String, i64)");
  }
}
