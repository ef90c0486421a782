package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArrayFunctionalTest {
  static Stream<Arguments> mapFilterForEach() {
    return ScriptCases.cases("""
        let x = [1, 2, 3]; [x.map(|v| v * 2), x.map(|| this * 2), x.map(|v, i| v * i), x] ==> [[2, 4, 6], [2, 4, 6], [0, 2, 6], [1, 2, 3]]
        let x = [1, 2, 3]; [x.filter(|v| v > 2), x.filter(|| this > 2), x.filter(|v, i| v > i)] ==> [[3], [3], [1, 2, 3]]
        [1, 2, 3].filter(|v| 1) ==> []
        [[1], [2]].map(|v| { v.push(0); v }) ==> [[1, 0], [2, 0]]
        let x = [[1], [2]]; x.map(|v| { v.push(0); v }); x ==> [[1], [2]]
        let x = [1, 2, 3, 4, 5]; x.for_each(|| this *= this); x ==> [1, 4, 9, 16, 25]
        let x = [1, 2, 3, 4, 5]; x.for_each(|i| this *= i); x ==> [0, 2, 6, 12, 20]
        let x = [[1], [2]]; x.for_each(|| this.push(0)); x ==> [[1, 0], [2, 0]]
        let x = [1, 2]; let s = 0; x.for_each(|| s += this); s ==> 3
        const X = [1]; X.for_each(|| this += 1) ==> ERROR ErrorNonPureMethodCallOnConstant: Non-pure method 'for_each' cannot be called on constant (line 1, position 18)
        [1].for_each(|a, b| a) ==> ERROR ErrorInFunctionCall: Function not found: anon$HASH (i64) (line 1, position 5) | in call to function 'map' (line 1, position 5)
        """);
  }

  static Stream<Arguments> pointersAndCallbackShapes() {
    return ScriptCases.cases("""
        fn sq(x) { x * x } [1, 2, 3].map(sq) ==> [1, 4, 9]
        fn sq(x) { x * x } [1, 2, 3].map(Fn("sq")) ==> [1, 4, 9]
        fn sq(x) { x * x } [1, 2, 3].map("sq") ==> [1, 4, 9]
        fn ten() { this * 10 } [1, 2].map(Fn("ten")) ==> [10, 20]
        fn add(x, i) { x + i } [5, 5].map(Fn("add")) ==> [5, 6]
        [1, 2].map(Fn("to_string")) ==> ["1", "2"]
        let f = |k, x| k * x; [1, 2].map(f.curry(3)) ==> [3, 6]
        let k = 7; [1, 2].map(|x| x + k) ==> [8, 9]
        [1, 2].map(|a, b, c| a) ==> ERROR ErrorInFunctionCall: Function not found: anon$HASH (i64, i64) (line 1, position 8) | in call to function 'map' (line 1, position 8)
        [1, 2].map(|x| x / 0) ==> ERROR ErrorInFunctionCall: Division by zero: 1 / 0 | in closure call (line 1, position 8) | in call to function 'map' (line 1, position 8)
        [1, 2].map(Fn("nope")) ==> ERROR ErrorInFunctionCall: Function not found: nope (i64, i64) (line 1, position 8) | in call to function 'map' (line 1, position 8)
        [1, 2].map("while") ==> ERROR ErrorParsing: Syntax error: 'while' is a reserved keyword (line 1, position 8)
        [1, 2].map("no way") ==> ERROR ErrorFunctionNotFound: Function not found: no way (line 1, position 8)
        """);
  }

  static Stream<Arguments> reduceAndSearch() {
    return ScriptCases.cases("""
        let x = [1, 2, 3, 4, 5]; [x.reduce(|r, v| v + (r ?? 0)), x.reduce(|r, v, i| v + i + (r ?? 0))] ==> [15, 25]
        let x = [1, 2, 3, 4, 5]; [x.reduce(|r, v| v + r, 5), x.reduce(|r, v, i| v + i + r, 5), x.reduce(|r| r + this, 0)] ==> [20, 30, 15]
        let x = [1, 2, 3]; [x.reduce_rev(|r, v| r + [v], []), x.reduce_rev(|r, v, i| r + [i], [])] ==> [[3, 2, 1], [2, 1, 0]]
        [].reduce(|r, v| r + v, 42) ==> 42
        [].reduce(|r, v| r + v) ==> ()
        fn add(r, v) { r + v } [1, 2].reduce("add", 0) ==> 3
        let x = [1, 2, 3, 5, 8, 13]; [x.find(|v| v > 3), x.find(|v| v > 13), x.find(|v, i| v * i > 13)] ==> [5, (), 5]
        let x = [1, 2, 3, 5, 8, 13]; [x.find(|v| v > 1, 2), x.find(|v| v < 2, 3), x.find(|v| v > 1, 8), x.find(|v| v > 1, -3), x.find(|v| v > 0, -99)] ==> [3, (), (), 5, 1]
        let x = [#{a: 1}, #{b: 2}, #{b: 3}]; [x.find_map(|v| v.b), x.find_map(|v| v.c), x.find_map(|| this.b, 2), x.find_map(|v| v.b, -1), x.find_map(|v| v.a, 9)] ==> [2, (), 3, 3, ()]
        let x = [1, 2, 3]; [x.some(|v| v > 2), x.some(|v| v > 3), [].some(|v| true), x.some(|v, i| v * i == 0)] ==> [true, false, false, true]
        let x = [1, 2, 3]; [x.all(|v| v > 0), x.all(|v| v > 1), [].all(|v| false), x.all(|v| 1)] ==> [true, false, true, false]
        let x = [1, 2, 3, 4, 5]; let y = [9, 8, 7, 6]; [x.zip(y, |a, b| a + b), x.zip(y, |a, b, i| a + b + i), [].zip(y, |a, b| a)] ==> [[10, 10, 10, 10], [10, 11, 12, 13], []]
        """);
  }

  static Stream<Arguments> equalityBasedSearch() {
    return ScriptCases.cases("""
        let x = [1, 2, 3, 4, 1, 2, 3, 4, 5]; [x.index_of(4), x.index_of(9), x.index_of("foo"), x.index_of(4, 4), x.index_of(4, 9), x.index_of(4, -3), x.index_of(1, -99)] ==> [3, -1, -1, 7, -1, 7, 0]
        let x = [1, 2, 3, 4, 1, 2, 3, 4, 5]; [x.index_of(|v| v > 3), x.index_of(|v| v > 8), x.index_of(|v, i| v * i > 20), x.index_of(|v| v > 1, -99), x.index_of(|v| v > 1, 9)] ==> [3, -1, 7, 1, -1]
        [2.0, 1] .index_of(1.0) ==> 1
        ["a", 'b'].index_of('a') ==> 0
        [1, [2, 3], #{a: 4}].index_of(#{a: 4}) ==> 2
        [Fn("a")].index_of(1) ==> -1
        [Fn("a")].contains(Fn("a")) ==> ERROR ErrorFunctionNotFound: Function not found: == (Fn, Fn) (line 1, position 11)
        // A pointer argument selects the predicate form, even when looking for a pointer.
        [Fn("a")].index_of(Fn("a")) ==> ERROR ErrorInFunctionCall: Function not found: a (Fn, i64) (line 1, position 11) | in call to function 'index_of' (line 1, position 11)
        [1, 2, 3].contains(2.0) ==> true
        [[1], 2].contains([1]) ==> true
        2 in [1, 2] ==> true
        ["hi", "hello"].index_of("hello") ==> 1
        ["a", "b", "c", "b"].index_of("b", 2) ==> 3
        [1, 2].index_of("a b") ==> -1
        fn is_two(x) { x == 2 } [1, 2, 3, 2].index_of("is_two", 2) ==> 3
        fn bad(x) { x.nothing() } [1].index_of("bad") ==> ERROR ErrorInFunctionCall: Function not found: nothing (i64) (line 1, position 15) | in call to function 'bad' (line 1, position 31) | in call to function 'index_of' (line 1, position 31)
        """);
  }

  static Stream<Arguments> drainAndRetainWithCallbacks() {
    return ScriptCases.cases("""
        let x = [1, 2, 3, 4, 5]; let y = x.drain(|v| v < 3); let z = x.drain(|v, i| v + i > 5); [x, y, z] ==> [[3, 4], [1, 2], [5]]
        let x = [1, 2, 3, 4, 5]; let y = x.retain(|v| v >= 3); let z = x.retain(|v, i| v + i <= 5); [x, y, z] ==> [[3, 4], [1, 2], [5]]
        let x = [1, 2, 3]; let y = x.drain(|| { this *= 10; this > 10 }); [x, y] ==> [[10], [20, 30]]
        fn small(v) { v < 2 } let x = [1, 2]; [x.retain("small"), x] ==> [[2], [1]]
        let x = [1, 2, 3]; try { x.drain(|v| if v == 2 { throw 1 } else { true }) } catch {} x ==> [2, 3]
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"mapFilterForEach", "pointersAndCallbackShapes", "reduceAndSearch",
      "equalityBasedSearch", "drainAndRetainWithCallbacks"})
  void scripts(String script, String expected) {
    assertThat(ScriptCases.show(script)).isEqualTo(expected);
  }
}
