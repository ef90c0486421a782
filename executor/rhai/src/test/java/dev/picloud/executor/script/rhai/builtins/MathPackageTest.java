package dev.picloud.executor.script.rhai.builtins;

import static dev.picloud.executor.script.rhai.builtins.Scripts.error;
import static dev.picloud.executor.script.rhai.builtins.Scripts.eval;
import static dev.picloud.executor.script.rhai.builtins.Scripts.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.RhaiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MathPackageTest {
  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      sqrt(16.0)                 | 4.0
      sqrt(-1.0)                 | NaN
      exp(0.0)                   | 1.0
      ln(1.0)                    | 0.0
      ln(0.0)                    | -inf
      log(1000.0)                | 3.0
      log(8.0, 2.0)              | 3.0
      atan(1.0, 1.0)             | 0.7853981633974483
      atan(1.0, -1.0)            | 2.356194490192345
      hypot(3.0, 4.0)            | 5.0
      asin(2.0)                  | NaN
      asinh(1.0)                 | 0.881373587019543
      asinh(-1.0)                | -0.881373587019543
      acosh(2.0)                 | 1.3169578969248166
      acosh(0.5)                 | NaN
      atanh(0.5)                 | 0.5493061443340548
      to_degrees(PI())           | 180.0
      to_radians(180.0)          | 3.141592653589793
      PI()                       | 3.141592653589793
      E()                        | 2.718281828459045
      2.5.round                  | 3.0
      (-2.5).round()             | -3.0
      0.49999999999999994.round  | 0.0
      (-0.4).round               | -0.0
      1.5.floor                  | 1.0
      (-1.5).floor()             | -2.0
      (-1.5).ceiling             | -1.0
      (-1.7).int                 | -1.0
      (-0.5).int                 | -0.0
      (-1.75).fraction           | -0.75
      (1.0/0.0).fraction         | NaN
      1.5.is_nan                 | false
      (0.0/0.0).is_nan()         | true
      (1.0/0.0).is_finite        | false
      (-1.0/0.0).is_infinite     | true
      5.to_float()               | 5.0
      2.5.to_float()             | 2.5
      7.to_int()                 | 7
      (-2.9).to_int()            | -2
      (0.0/0.0).to_int()         | 0
      9.223372036854775807e18.to_int() | 9223372036854775807
      (-9.223372036854775807e18).to_int() | -9223372036854775808
      'A'.to_int()               | 65
      parse_int("42")            | 42
      parse_int("42", 16)        | 66
      parse_float("9.9999")      | 9.9999
      max(1, 2)                  | 2
      min(1, 2)                  | 1
      max(1, 2.5)                | 2.5
      max(3, 2.5)                | 3.0
      min(2.5, 3)                | 2.5
      max(0.0/0.0, 1.0)          | 1.0
      max(1.0, 0.0/0.0)          | NaN
      min(1.0, 0.0/0.0)          | NaN
      """)
  void computesLikeRhai(String script, String expected) {
    assertThat(show(script)).isEqualTo(expected);
  }

  @Test
  void trigonometryUsesRadians() {
    assertThat((Double) eval("sin(PI()/6.0)")).isCloseTo(0.5, within(1e-15));
    assertThat((Double) eval("cos(PI()/2.0)")).isCloseTo(0.0, within(1e-15));
    assertThat((Double) eval("tan(PI()/4.0)")).isCloseTo(1.0, within(1e-15));
    assertThat((Double) eval("sinh(1.0) - (E() - 1.0/E())/2.0")).isCloseTo(0.0, within(1e-15));
    assertThat((Double) eval("tanh(0.5) - sinh(0.5)/cosh(0.5)")).isCloseTo(0.0, within(1e-15));
    assertThat((Double) eval("acos(0.0) * 2.0")).isEqualTo(Math.PI);
  }

  @Test
  void floatFunctionsTakeFloatsOnly() {
    RhaiError e = error("sqrt(16)");
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorFunctionNotFound);
    assertThat(e.getMessage()).isEqualTo("Function not found: sqrt (i64) (line 1, position 1)");
    assertThat(error("16.floor").kind()).isEqualTo(ErrorKind.ErrorDotExpr);
  }

  @Test
  void conversionErrors() {
    RhaiError e = error("let x = 1e30; x.to_int()");
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorArithmetic);
    assertThat(e.rawMessage()).isEqualTo("Integer overflow: to_int(1000000000000000000000000000000)");
    assertThat(error("to_int(-1.0/0.0)").rawMessage()).isEqualTo("Integer overflow: to_int(-inf)");
    assertThat(error("to_int(1.8446744073709552e19)").rawMessage())
        .isEqualTo("Integer overflow: to_int(18446744073709552000)");
    assertThat(error("parse_int(\"x1\")").rawMessage())
        .isEqualTo("Error parsing integer number 'x1': invalid digit found in string");
    assertThat(error("parse_int(\"1\", 1)").rawMessage()).isEqualTo("Invalid radix: '1'");
    assertThat(error("parse_float(\"abc\")").rawMessage())
        .isEqualTo("Error parsing floating-point number 'abc': invalid float literal");
  }
}
