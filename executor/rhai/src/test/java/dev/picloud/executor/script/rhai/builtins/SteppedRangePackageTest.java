package dev.picloud.executor.script.rhai.builtins;

import static dev.picloud.executor.script.rhai.builtins.Scripts.error;
import static dev.picloud.executor.script.rhai.builtins.Scripts.show;
import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.RhaiError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SteppedRangePackageTest {
  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      range(1.0, 10.0, 2.0)                | [1.0, 3.0, 5.0, 7.0, 9.0]
      range(10.0, 1.0, -2.0)               | [10.0, 8.0, 6.0, 4.0, 2.0]
      range(10.0, 1.0, 2.0)                | []
      range(1.0, 10.0, -2.0)               | []
      range(0.0, 0.3, 0.1)                 | [0.0, 0.1, 0.2]
      range(0.0, 0.35, 0.1)                | [0.0, 0.1, 0.2, 0.30000000000000004]
      range(1.0, 1.0, 1.0)                 | []
      range(0.0/0.0, 1.0, 1.0)             | []
      range(0.0, 1.0, 0.0/0.0)             | []
      range(1, 6, 3)                       | [1, 4]
      range(18, 8, -3)                     | [18, 15, 12, 9]
      range(1, 6, -1)                      | []
      range(9223372036854775800, 9223372036854775807, 5) | [9223372036854775800]
      range(9223372036854775806, 9223372036854775807, 5) | []
      range(-9223372036854775800, -9223372036854775808, -5) | [-9223372036854775800]
      range(8..18, 3)                      | [8, 11, 14, 17]
      range(18..8, -3)                     | [18, 15, 12, 9]
      range(5.., 9223372036854775000)      | [5]
      """)
  void iterates(String iterator, String values) {
    assertThat(show("let a = []; for x in " + iterator + " { a.push(x) } a")).isEqualTo(values);
    assertThat(show("type_of(" + iterator + ")")).isEqualTo("\"range\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"range(1, 5, 0)", "range(1.0, 5.0, 0.0)", "range(1e20, 1e21, 1.0)",
      "range(1..5, 0)"})
  void aStepThatDoesNotMoveIsAnError(String script) {
    RhaiError e = error(script);
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorInFunctionCall);
    assertThat(e.getMessage())
        .isEqualTo("step value cannot be zero\nin call to function 'range' (line 1, position 1)");
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      [(1..3).is_empty(), (3..3).is_empty(), (3..=3).is_empty(), (4..=3).is_empty()] | [false, true, false, true]
      [(1..3).is_inclusive(), (1..=3).is_inclusive()] | [false, true]
      [(1..3).is_exclusive(), (1..=3).is_exclusive()] | [true, false]
      """)
  void rangePredicates(String script, String expected) {
    assertThat(show(script)).isEqualTo(expected);
  }
}
