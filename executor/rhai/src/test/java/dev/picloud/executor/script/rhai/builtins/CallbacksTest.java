package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.value.Unit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CallbacksTest {
  @Test
  void onlyTrueIsTrue() {
    assertThat(Callbacks.isTrue(true)).isTrue();
    assertThat(Callbacks.isTrue(false)).isFalse();
    assertThat(Callbacks.isTrue(1L)).isFalse();
    assertThat(Callbacks.isTrue("true")).isFalse();
    assertThat(Callbacks.isTrue(Unit.INSTANCE)).isFalse();
  }

  @Test
  void pointerToChecksTheNameLikeFn() {
    assertThat(Callbacks.pointerTo("my_fn").name()).isEqualTo("my_fn");
    assertThatThrownBy(() -> Callbacks.pointerTo("while"))
        .isInstanceOf(RhaiError.class)
        .hasMessage("Syntax error: 'while' is a reserved keyword");
    assertThatThrownBy(() -> Callbacks.pointerTo("1x"))
        .isInstanceOfSatisfying(RhaiError.class,
            e -> assertThat(e.kind()).isEqualTo(ErrorKind.ErrorFunctionNotFound))
        .hasMessage("Function not found: 1x");
  }

  /** The attempt order of Rhai's call_raw_with_extra_args, seen through the builtins. */
  static Stream<Arguments> attemptOrder() {
    return ScriptCases.cases("""
        // (1) this-binding wins over the element parameter when both exist
        fn f() { "this:" + this } fn f(x) { "param:" + x } [1].map(Fn("f")) ==> ["this:1"]
        fn f(x) { "param:" + x } fn f(x, i) { "index" } [1].map(Fn("f")) ==> ["param:1"]
        fn f(x, i) { x + i } [5, 5].filter(Fn("f")) ==> []
        // reduce: (acc) with this, then (acc, elem), then (acc, elem, index)
        fn r(acc) { acc + this } [1, 2].reduce(Fn("r"), 0) ==> 3
        fn r(acc, v, i) { acc + v * i } [1, 2].reduce(Fn("r"), 0) ==> 2
        // for_each: this only, with or without the index
        fn g(i) { this += i } let x = [1, 1]; x.for_each(Fn("g")); x ==> [1, 2]
        // zip: no this; (a, b) then (a, b, index)
        fn z(a, b, i) { a * b + i } [1, 2].zip([3, 4], Fn("z")) ==> [3, 9]
        // map callbacks: (key) with this, then (key, value)
        fn k(key) { key + this } #{a: 1}.map(Fn("k")) ==> #{"a": "a1"}
        // an error inside the callback is not retried as a different shape
        fn f() { nothing() } fn f(x) { x } [1].map(Fn("f")) ==> ERROR ErrorInFunctionCall: Function not found: nothing () (line 1, position 10) | in call to function 'f' (line 1, position 40) | in call to function 'map' (line 1, position 40)
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attemptOrder")
  void scripts(String script, String expected) {
    assertThat(ScriptCases.show(script)).isEqualTo(expected);
  }
}
