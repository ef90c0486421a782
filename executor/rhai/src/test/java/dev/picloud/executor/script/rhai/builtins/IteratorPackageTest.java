package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IteratorPackageTest {
  private static final String COLLECT = "let r = []; for v in %s { r.push(v) } r";

  static Stream<Arguments> iterations() {
    return ScriptCases.cases("""
        range(8, 18, 3) ==> [8, 11, 14, 17]
        range(18, 8, -3) ==> [18, 15, 12, 9]
        range(8, 18, -3) ==> []
        range(18, 8, 3) ==> []
        range(5, 5, 1) ==> []
        range(8..18, 3) ==> [8, 11, 14, 17]
        range(18..8, -3) ==> [18, 15, 12, 9]
        range(9223372036854775800, 9223372036854775807, 3) ==> [9223372036854775800, 9223372036854775803]
        range(9223372036854775806, 9223372036854775807, 5) ==> []
        range(-9223372036854775800, -9223372036854775808, -4) ==> [-9223372036854775800, -9223372036854775804]
        range(1, 4) ==> [1, 2, 3]
        range(1.0, 2.0, 0.25) ==> [1.0, 1.25, 1.5, 1.75]
        range(2.0, 1.0, -0.5) ==> [2.0, 1.5]
        range(1.0, 2.0, -0.5) ==> []
        "a😀b".chars() ==> [a, 😀, b]
        "a😀b".chars ==> [a, 😀, b]
        5.bits(0, 4) ==> [true, false, true, false]
        6.bits(1..3) ==> [true, true]
        6.bits(1..=2) ==> [true, true]
        5.bits(-64, 3) ==> [true, false, true]
        (-1).bits(62) ==> [true, true]
        1.bits(63, 9) ==> [false]
        5.bits(1, -1) ==> []
        """).map(a -> Arguments.of(COLLECT.formatted(a.get()[0]), a.get()[1]));
  }

  static Stream<Arguments> values() {
    return ScriptCases.cases("""
        (-1).bits().len ==> ERROR ErrorDotExpr: Unknown property 'len' - a getter is not registered for type 'range' (line 1, position 13)
        let n = 0; for b in 5.bits { if b { n += 1 } } n ==> 2
        range(1, 5, 0) ==> ERROR ErrorInFunctionCall: step value cannot be zero | in call to function 'range' (line 1, position 1)
        range(1.0, 5.0, 0.0) ==> ERROR ErrorInFunctionCall: step value cannot be zero | in call to function 'range' (line 1, position 1)
        range(1e300, 2e300, 1.0) ==> ERROR ErrorInFunctionCall: step value cannot be zero | in call to function 'range' (line 1, position 1)
        5.bits(64) ==> ERROR ErrorBitFieldBounds: Bit-field index 64 out of bounds: only 64 bits in bit-field (line 1, position 3)
        5.bits(-65, 1) ==> ERROR ErrorBitFieldBounds: Bit-field index -65 out of bounds: only 64 bits in bit-field (line 1, position 3)
        [type_of(range(1, 5, 2)), type_of(range(1, 5)), type_of("a".chars()), type_of(1.bits())] ==> ["range", "range", "range", "range"]
        let r = 1..5; [r.start, r.end, r.is_empty, r.is_inclusive, r.is_exclusive] ==> [1, 5, false, false, true]
        let r = 1..=5; [r.start, r.end, r.is_empty, r.is_inclusive, r.is_exclusive] ==> [1, 5, false, true, false]
        let r = 1..5; [start(r), end(r), is_empty(r), is_inclusive(r), is_exclusive(r), r.is_empty()] ==> [1, 5, false, false, true, false]
        [(5..5).is_empty, (5..=5).is_empty, (6..=5).is_empty, (1..).end] ==> [true, false, true, 9223372036854775807]
        [3 in 1..5, 5 in 1..5, 5 in 1..=5, 0 !in 1..5, (1..5).contains(4)] ==> [true, false, true, true, true]
        const R = 1..5; 2 in R ==> true
        const R = 1..5; R.contains(2) ==> ERROR ErrorNonPureMethodCallOnConstant: Non-pure method 'contains' cannot be called on constant (line 1, position 19)
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"iterations", "values"})
  void scripts(String script, String expected) {
    assertThat(ScriptCases.show(script)).isEqualTo(expected);
  }
}
