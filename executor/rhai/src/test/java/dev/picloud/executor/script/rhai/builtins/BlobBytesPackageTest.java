package dev.picloud.executor.script.rhai.builtins;

import static dev.picloud.executor.script.rhai.builtins.Scripts.error;
import static dev.picloud.executor.script.rhai.builtins.Scripts.eval;
import static dev.picloud.executor.script.rhai.builtins.Scripts.show;
import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlobBytesPackageTest {
  /** x = [00 01 02 … 0f]. */
  private static final String X16 = "let x = blob(16, 0); for n in 0..16 { x[n] = n; } ";

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      parse_le_int(x, 2, 0)                | 0
      parse_le_int(x, 2, 9)                | 650777868590383874
      parse_le_int(x, 2..=11)              | 650777868590383874
      parse_le_int(x, 2..11)               | 650777868590383874
      parse_be_int(x, 2, 10)               | 144964032628459529
      parse_be_int(x, 2..12)               | 144964032628459529
      parse_le_int(x, -5, 99)              | 64660245515
      parse_le_int(x, -5, 2)               | 3083
      parse_le_int(x, -99, 99)             | 506097522914230528
      parse_le_int(x, 16, 1)               | 0
      parse_be_int(x, 1, 2)                | 72620543991349248
      parse_le_int(x, 1..=0)               | 1
      x.parse_le_int(3..1)                 | 0
      write_be(x, 3, 3, -98765432); parse_be_int(x, 3, 3) | -1099511627776
      write_be(x, 3..=5, -98765432); parse_be_int(x, 3..6) | -1099511627776
      write_le(x, 3, 3, -98765432); parse_le_int(x, 3, 3) | 1897864
      write_le(x, -2, 8, -1); x.extract(13)  | [0dffff]
      write_le(x, 0, 0, -1); x.extract(0, 2) | [0001]
      write_le(x, 99, 8, -1); x.len        | 16
      """)
  void integers(String script, String expected) {
    assertThat(show(X16 + script)).isEqualTo(expected);
  }

  @Test
  void writesTheFullWordsOfTheReferenceTest() {
    assertThat(show("let x = blob(16, 0); write_be(x, 0, 8, 0x1234567890abcdef); "
        + "write_be(x, 8, 8, 0xabcdef1234567890); x"))
        .isEqualTo("[1234567890abcdef abcdef1234567890]");
    assertThat(show("let b = blob(8); b.write_le(1..3, 0x12345678); b")).isEqualTo("[0078560000000000]");
    assertThat(show("let b = blob(8, 0x42); b.write_be(1..=3, 0x99); b"))
        .isEqualTo("[4200000042424242]");
  }

  @Test
  void floats() {
    assertThat(show("let b = blob(8); b.write_le(0, 8, 1.5); b")).isEqualTo("[000000000000f83f]");
    assertThat(show("let b = blob(8); b.write_be(0..8, 1.5); b")).isEqualTo("[3ff8000000000000]");
    assertThat(eval("let b = blob(8); b.write_be(0..=7, -2.25); b.parse_be_float(0, 8)"))
        .isEqualTo(-2.25);
    assertThat(eval("let b = blob(8); b.write_le(0, 8, 1e300); b.parse_le_float(0..8)"))
        .isEqualTo(1e300);
    // Two big-endian bytes 3f f8 land in the top of the word: 1.5.
    assertThat(eval("let b = blob(2); b.write_be(0, 2, 1.5); b.parse_be_float(0..=1)"))
        .isEqualTo(1.5);
    assertThat(eval("let b = blob(4, 0xff); b.parse_le_float(0, 0)")).isEqualTo(0.0);
    assertThat(eval("blob(0).parse_be_float(0, 8)")).isEqualTo(0.0);
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      let x = blob(16, 0); write_ascii(x, 0, 14, "hello, world!"); x | [68656c6c6f2c2077 6f726c6421000000]
      let x = blob(10, 0); write_ascii(x, 3..8, "hello, world!"); x  | [00000068656c6c6f 0000]
      let x = blob(10, 0); write_ascii(x, 0..9, "❤ hello, ❤ world! ❤❤❤"); x | [2068656c6c6f2c20 2000]
      let x = blob(10, 0); write_utf8(x, 3..9, "❤❤❤❤"); x         | [000000e29da4e29d a400]
      let x = blob(10, 0); write_utf8(x, 3..7, "❤❤❤❤"); x         | [000000e29da4e200 0000]
      let b = blob(8); b.write_utf8(1..5, "朝には紅顔"); b          | [00e69c9de3000000]
      let b = blob(8); b.write_utf8(1, 5, "朝には紅顔"); b          | [00e69c9de3810000]
      let b = blob(4, 1); b.write_utf8(-2, 9, "abc"); b           | [01016162]
      let b = blob(4, 1); b.write_ascii(1, 2, ""); b              | [01010101]
      """)
  void strings(String script, String expected) {
    assertThat(show(script)).isEqualTo(expected);
  }

  @Test
  void readersArePureAndWritersAreNot() {
    assertThat(eval("const b = blob(2, 1); b.parse_le_int(0, 2)")).isEqualTo(257L);
    assertThat(error("const b = blob(2, 1); b.write_le(0, 2, 5);").kind())
        .isEqualTo(ErrorKind.ErrorNonPureMethodCallOnConstant);
  }
}
