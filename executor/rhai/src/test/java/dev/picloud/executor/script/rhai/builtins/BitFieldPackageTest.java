package dev.picloud.executor.script.rhai.builtins;

import static dev.picloud.executor.script.rhai.builtins.Scripts.error;
import static dev.picloud.executor.script.rhai.builtins.Scripts.show;
import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.RhaiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BitFieldPackageTest {
  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      get_bit(123456, 5)                   | false
      123456.get_bit(6)                    | true
      123456.get_bit(-48)                  | true
      get_bit(-1, 63)                      | true
      get_bit(1, -64)                      | true
      let x = 123456; x.set_bit(5, true); x | 123488
      let x = 123456; x.set_bit(6, false); x | 123392
      let x = 0; x.set_bit(-1, true); x    | -9223372036854775808
      get_bits(10, 1, 3)                   | 5
      123456.get_bits(5, 8)                | 18
      123456.get_bits(5..10)               | 18
      123456.get_bits(5..=9)               | 18
      get_bits(255, -60, 2)                | 3
      get_bits(-1, 60, 10)                 | 15
      get_bits(-1, 0, 64)                  | -1
      get_bits(-1, 0, 0)                   | 0
      get_bits(-1, 99, 0)                  | 0
      get_bits(255, -5..3)                 | 7
      get_bits(255, 4..2)                  | 0
      get_bits(255, 4..=2)                 | 0
      get_bits(255, 0..=99)                | 255
      get_bits(255, 0..=9223372036854775807) | 0
      let x = 10; set_bits(x, 1, 3, 7); x  | 14
      let x = 0; set_bits(x, -64, 1, 15); x | 1
      let x = 0; set_bits(x, -60, 2, 15); x | 48
      let x = 123456; x.set_bits(5, 8, 42); x | 124224
      let x = 124224; x.set_bits(-16, 10, 42); x | 11821949021971776
      let x = 123456; x.set_bits(5..10, 42); x | 123200
      let x = 123456; x.set_bits(5..=9, 42); x | 123200
      let x = 5; x.set_bits(0, 64, -2); x  | -2
      let x = 5; x.set_bits(1, 0, -1); x   | 5
      let x = -1; x.set_bits(60..99, 0); x | 1152921504606846975
      """)
  void bitFields(String script, String expected) {
    assertThat(show(script)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      5.bits                               | 64
      bits(5)                              | 64
      bits(5, 60)                          | 4
      bits(5, -3)                          | 3
      bits(5, 2, 10)                       | 10
      bits(5, 60, 10)                      | 4
      bits(5, 0, -1)                       | 0
      bits(5, 2..6)                        | 4
      bits(5, 2..=6)                       | 5
      bits(5, 60..99)                      | 4
      bits(5, 6..=2)                       | 0
      bits(5, 0..=9223372036854775807)     | 64
      """)
  void bitIteratorLengths(String iterator, String count) {
    assertThat(show("let n = 0; for b in " + iterator + " { n += 1 } n")).isEqualTo(count);
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      bits(0b1101, 0, 5)                   | [true, false, true, true, false]
      bits(0b001101101010001, 2..=11)      | [false, false, true, false, true, false, true, true, false, true]
      bits(-1, -2)                         | [true, true]
      bits(-9223372036854775808, 62..)     | [false, true]
      """)
  void bitIteratorValues(String iterator, String bits) {
    assertThat(show("let a = []; for b in " + iterator + " { a.push(b) } a")).isEqualTo(bits);
    assertThat(show("type_of(" + iterator + ")")).isEqualTo("\"range\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"get_bit(1, 64)", "get_bit(1, -65)", "get_bits(1, 64, 1)",
      "let x = 1; x.set_bit(99, true)", "let x = 1; x.set_bits(-65, 2, 0)", "get_bits(1, 64..70)",
      "bits(1, 64)", "bits(1, -65, 2)", "bits(1, 64..=65)"})
  void positionsOutsideTheIntAreErrors(String script) {
    RhaiError e = error(script);
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorBitFieldBounds);
    assertThat(e.rawMessage()).matches("Bit-field index -?\\d+ out of bounds: only 64 bits in bit-field");
  }

  @Test
  void indexing() {
    assertThat(show("let x = 10; x[0] = true; x[1] = false; x[1..4] = 7; [x, x[0], x[-64], x[1..=3]]"))
        .isEqualTo("[15, true, true, 7]");
    assertThat(error("let x = 10; x[0] = 1;").rawMessage())
        .isEqualTo("Data type incorrect: i64 (expecting bool)");
    assertThat(error("let x = 10; x[0..2] = 'a';").rawMessage())
        .isEqualTo("Data type incorrect: char (expecting integer)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"const x = 1; x.set_bit(0, false)", "const x = 1; x.set_bits(0, 1, 0)"})
  void settersNeedAVariable(String script) {
    assertThat(error(script).kind()).isEqualTo(ErrorKind.ErrorNonPureMethodCallOnConstant);
  }
}
