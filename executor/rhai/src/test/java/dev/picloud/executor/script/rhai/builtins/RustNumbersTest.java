package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.RhaiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RustNumbersTest {
  @ParameterizedTest(name = "parse_int({0}, {1}) = {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      42                     | 10 | 42
      ~  -42\t~              | 10 | -42
      +7                     | 10 | 7
      -0                     | 10 | 0
      9223372036854775807    | 10 | 9223372036854775807
      -9223372036854775808   | 10 | -9223372036854775808
      abcdef                 | 16 | 11259375
      ABCdef                 | 16 | 11259375
      -ff                    | 16 | -255
      zz                     | 36 | 1295
      101                    | 2  | 5
      ~\u00A0 12 \u3000~     | 10 | 12
      """)
  void parsesIntegersLikeFromStrRadix(String s, long radix, long expected) {
    assertThat(RustNumbers.parseInt(s, radix)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "parse_int({0}, {1}) fails: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      ~~                     | 10 | cannot parse integer from empty string
      ~   ~                  | 10 | cannot parse integer from empty string
      +                      | 10 | invalid digit found in string
      -                      | 10 | invalid digit found in string
      1_000                  | 10 | invalid digit found in string
      0x10                   | 10 | invalid digit found in string
      12a                    | 10 | invalid digit found in string
      2                      | 2  | invalid digit found in string
      ١٢                     | 10 | invalid digit found in string
      --1                    | 10 | invalid digit found in string
      9223372036854775808    | 10 | number too large to fit in target type
      99999999999999999999x  | 10 | number too large to fit in target type
      -9223372036854775809   | 10 | number too small to fit in target type
      """)
  void rejectsWhatRustRejects(String s, long radix, String reason) {
    assertThatThrownBy(() -> RustNumbers.parseInt(s, radix))
        .isInstanceOf(RhaiError.class)
        .hasMessage("Error parsing integer number '" + s + "': " + reason);
  }

  @Test
  void checksTheRadixFirst() {
    for (long radix : new long[] {-1, 0, 1, 37}) {
      RhaiError e = (RhaiError) org.assertj.core.api.Assertions.catchThrowable(
          () -> RustNumbers.parseInt("", radix));
      assertThat(e.kind()).isEqualTo(ErrorKind.ErrorArithmetic);
      assertThat(e.getMessage()).isEqualTo("Invalid radix: '" + radix + "'");
    }
  }

  @ParameterizedTest(name = "parse_float({0}) = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      9.9999                 | 9.9999
      ~ 1e5 ~                | 100000.0
      1E+2                   | 100.0
      -1.5e-3                | -0.0015
      1.                     | 1.0
      .5                     | 0.5
      +.5                    | 0.5
      007                    | 7.0
      1e400                  | Infinity
      1e-400                 | 0.0
      1e99999999999999999999 | Infinity
      1e-99999999999999999999 | 0.0
      123456789012345678901234567890 | 1.2345678901234568E29
      inf                    | Infinity
      -INF                   | -Infinity
      +Infinity              | Infinity
      nan                    | NaN
      -NaN                   | NaN
      """)
  void parsesFloatsLikeRust(String s, Double expected) {
    // Boxed comparison: Double.equals treats NaN as equal to itself.
    assertThat(Double.valueOf(RustNumbers.parseFloat(s))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "parse_float({0}) fails")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      .
      1e
      e5
      0x10
      1d
      1f
      1_0
      infinit
      1.5.2
      - 1
      Infinityy
      """)
  void rejectsFloatsRustRejects(String s) {
    assertThatThrownBy(() -> RustNumbers.parseFloat(s))
        .hasMessage("Error parsing floating-point number '" + s + "': invalid float literal");
    assertThatThrownBy(() -> RustNumbers.parseFloat(" "))
        .hasMessage("Error parsing floating-point number ' ': cannot parse float from empty string");
  }

  @ParameterizedTest(name = "{0} displays as {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1.0                    | 1
      -1.5                   | -1.5
      1e30                   | 1000000000000000000000000000000
      1.5e20                 | 150000000000000000000
      0.1                    | 0.1
      1e-7                   | 0.0000001
      -0.0                   | -0
      0.0                    | 0
      NaN                    | NaN
      Infinity               | inf
      -Infinity              | -inf
      9.223372036854775807e18 | 9223372036854776000
      1.8446744073709552e19  | 18446744073709552000
      """)
  void displaysLikeRust(double x, String expected) {
    assertThat(RustNumbers.display(x)).isEqualTo(expected);
  }
}
