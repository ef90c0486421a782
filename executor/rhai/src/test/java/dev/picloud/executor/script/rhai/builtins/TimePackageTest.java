package dev.picloud.executor.script.rhai.builtins;

import static dev.picloud.executor.script.rhai.builtins.Scripts.error;
import static dev.picloud.executor.script.rhai.builtins.Scripts.eval;
import static dev.picloud.executor.script.rhai.builtins.Scripts.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.value.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimePackageTest {
  private static final Timestamp T = new Timestamp(1000, 250_000_000);

  @Test
  void timestampsAreValues() {
    assertThat(show("type_of(timestamp())")).isEqualTo("\"timestamp\"");
    assertThat(show("timestamp()")).isEqualTo("<timestamp>");
    assertThat(show("`${timestamp()}`")).isEqualTo("\"<timestamp>\"");
    assertThat(eval("let t = timestamp(); t.elapsed >= 0.0 && elapsed(t) < 10.0")).isEqualTo(true);
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      t2 = t1 + 123.45; t2 - t1             | 123.45
      t2 = t1 - 123.45; t1 - t2             | 123.45
      t2 = t1 - 123.45; t2 - t1             | -123.45
      t2 = t1 + 10; t2 - t1                 | 10.0
      t2 = t1 + -10; t1 - t2                | 10.0
      t2 = t1 - -10; t2 - t1                | 10.0
      t2 = t1 + 0.0009; t2 - t1             | 0.0
      t2 = t1 + 0.0019; t2 - t1             | 0.001
      t2 = t1 + (0.0/0.0); t2 - t1          | 0.0
      t2 = t1; t2 += 5; t2 -= 2.5; t2 - t1  | 2.5
      t2 = t1 + 1; [t1 < t2, t1 <= t2, t1 > t2, t1 >= t2, t1 == t2, t1 != t2] | [true, true, false, false, false, true]
      t2 = t1; [t1 == t2, t1 <= t2, t1 >= t2, t1 != t2] | [true, true, true, false]
      t2 = t1; t1 == 1                      | false
      """)
  void arithmeticAndComparisons(String script, String expected) {
    Object value = eval("let t1 = timestamp(); let t2 = (); " + script);
    if (value instanceof Double d) {
      assertThat(d).isCloseTo(Double.parseDouble(expected), within(1e-9));
    } else {
      assertThat(show("let t1 = timestamp(); let t2 = (); " + script)).isEqualTo(expected);
    }
  }

  @Test
  void arithmeticIsExactToTheNanosecond() {
    assertThat(TimePackage.add(T, 2)).isEqualTo(new Timestamp(1002, 250_000_000));
    assertThat(TimePackage.add(T, -2)).isEqualTo(new Timestamp(998, 250_000_000));
    assertThat(TimePackage.subtract(T, 0.75)).isEqualTo(new Timestamp(999, 500_000_000));
    assertThat(TimePackage.add(T, 0.8)).isEqualTo(new Timestamp(1001, 50_000_000));
    assertThat(TimePackage.add(T, 1.2345678)).isEqualTo(new Timestamp(1001, 484_000_000));
    assertThat(TimePackage.difference(new Timestamp(1001, 50_000_000), T)).isEqualTo(0.8);
    assertThat(TimePackage.difference(T, new Timestamp(1001, 50_000_000))).isEqualTo(-0.8);
  }

  @Test
  void overflowsAreArithmeticErrors() {
    assertThatThrownBy(() -> TimePackage.add(T, Long.MAX_VALUE))
        .hasMessage("Timestamp overflow when adding 9223372036854775807 second(s)");
    assertThatThrownBy(() -> TimePackage.subtract(T, Long.MIN_VALUE))
        .hasMessage("Timestamp overflow when subtracting -9223372036854775808 second(s)");
    assertThat(TimePackage.add(new Timestamp(-1, 0), Long.MIN_VALUE + 1))
        .isEqualTo(new Timestamp(Long.MIN_VALUE, 0));
    assertThatThrownBy(() -> TimePackage.add(new Timestamp(-1, 0), Long.MIN_VALUE))
        .hasMessage("Timestamp overflow when adding -9223372036854775808 second(s)");
    assertThatThrownBy(() -> TimePackage.add(T, 1e19))
        .hasMessage("Integer overflow for timestamp add: 10000000000000000000");
    assertThatThrownBy(() -> TimePackage.add(T, -1e19))
        .hasMessage("Integer overflow for timestamp subtract: 10000000000000000000");
    assertThatThrownBy(() -> TimePackage.subtract(new Timestamp(Long.MIN_VALUE + 5, 0), 10.0))
        .hasMessage("Timestamp overflow when subtracting 10 second(s)");
    // 9e18 s is 9e21 ms, which saturates the u64 millisecond count: only ~1.8e16 s are added.
    assertThat(TimePackage.add(T, 9e18).seconds()).isEqualTo(1000 + 18446744073709551L);
    assertThat(error("let t = timestamp(); t + 9223372036854775807").kind())
        .isEqualTo(ErrorKind.ErrorArithmetic);
  }

  @Test
  void elapsedRejectsTheFuture() {
    assertThat(error("let t = timestamp() + 100; t.elapsed").rawMessage())
        .isEqualTo("Time-stamp is later than now");
    assertThat(TimePackage.elapsed(new Timestamp(Long.MIN_VALUE / 2, 0))).isGreaterThan(1e18);
  }
}
