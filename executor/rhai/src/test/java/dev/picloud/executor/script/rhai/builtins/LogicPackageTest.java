package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogicPackageTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      max(1, 2)                     | 2
      min(1, 2)                     | 1
      max(-5, -9)                   | -5
      2.max(7)                      | 7
      max(1.5, 2.5)                 | 2.5
      min(1.5, 2.5)                 | 1.5
      max(1, 2.5)                   | 2.5
      max(2, 1.5)                   | 2.0
      min(2.5, 1)                   | 1.0
      min(1, 2.5)                   | 1.0
      type_of(max(3, 1.0))          | "f64"
      max(0.0 / 0.0, 1.0)           | 1.0
      max(1.0, 0.0 / 0.0)           | NaN
      min(1.0, 0.0 / 0.0)           | NaN
      min(0.0 / 0.0, 1.0)           | 1.0
      max(1.0, 1.0000000000000002)  | 1.0000000000000002
      !true                         | false
      !(1 > 2)                      | true
      """)
  void minMaxAndNot(String script, String expected) {
    assertThat(Scripts.show(script)).isEqualTo(expected);
  }
}
