package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArraySortingTest {
  static Stream<Arguments> sorting() {
    return ScriptCases.cases("""
        let x = [3, 1, 2]; x.sort(); x ==> [1, 2, 3]
        let x = [2.5, -1.0, 0.0]; x.sort(); x ==> [-1.0, 0.0, 2.5]
        let x = ['b', 'a', '😀', 'z']; x.sort(); x ==> [a, b, z, 😀]
        let x = ["b", "", "a", "\uFFFD", "😀"]; x.sort(); x ==> ["", "a", "b", "\uFFFD", "😀"]
        let x = [true, false, true]; x.sort(); x ==> [false, true, true]
        let x = [(), ()]; x.sort(); x ==> [(), ()]
        let x = [3, 1, 2]; x.sort_desc(); x ==> [3, 2, 1]
        let x = [[1]]; x.sort(); x ==> [[1]]
        [].sort() ==> ()
        let x = [1, 2.0]; x.sort() ==> ERROR ErrorFunctionNotFound: Function not found: elements of different types cannot be sorted (line 1, position 21)
        let x = [[1], [2]]; x.sort() ==> ERROR ErrorFunctionNotFound: Function not found: elements of array cannot be sorted (line 1, position 23)
        let x = [#{}, #{}]; x.sort_desc() ==> ERROR ErrorFunctionNotFound: Function not found: elements of map cannot be sorted (line 1, position 23)
        const X = [2, 1]; X.sort() ==> ERROR ErrorNonPureMethodCallOnConstant: Non-pure method 'sort' cannot be called on constant (line 1, position 21)
        """);
  }

  static Stream<Arguments> comparers() {
    return ScriptCases.cases("""
        let x = [1, 3, 5, 7, 9, 2, 4, 6, 8, 10]; x.sort(|a, b| if a > b { -1 } else if a < b { 1 } else { 0 }); x ==> [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
        let x = [3, 1, 2]; x.sort(|a, b| a <= b); x ==> [1, 2, 3]
        let x = [3, 1, 2]; x.sort_by(|a, b| b - a); x ==> [3, 2, 1]
        let x = [[2, "b"], [1, "a"], [2, "a"]]; x.sort(|a, b| a[0] - b[0]); x ==> [[1, "a"], [2, "b"], [2, "a"]]
        fn cmp(a, b) { a - b } let x = [3, 1, 2]; x.sort("cmp"); x ==> [1, 2, 3]
        let x = [3, 1, 2]; x.sort(|a, b| a.nothing()); x ==> [3, 1, 2]
        let x = [3, 1, 2]; [x.order(), x.order_desc(), x.order(|a, b| b - a), x.order_by(|a, b| a - b), x] ==> [[1, 2, 3], [3, 2, 1], [3, 2, 1], [1, 2, 3], [3, 1, 2]]
        const X = [2, 1]; X.order() ==> ERROR ErrorNonPureMethodCallOnConstant: Non-pure method 'order' cannot be called on constant (line 1, position 21)
        """);
  }

  static Stream<Arguments> dedup() {
    return ScriptCases.cases("""
        let x = [1, 2, 2, 2, 3, 4, 3, 3, 2, 1]; x.dedup(); x ==> [1, 2, 3, 4, 3, 2, 1]
        let x = [1, 1.0, "a", 'a', Fn("f"), Fn("f")]; x.dedup(); x.len() ==> 4
        let x = [1, 2, 2, 2, 3, 1, 2, 3, 4, 3, 3, 2, 1]; x.dedup(|a, b| a >= b); x ==> [1, 2, 3, 4]
        let x = [1, 1, 2]; x.dedup(|a, b| 1); x ==> [1, 1, 2]
        let x = [1, 1, 2]; x.dedup(|a, b| a.nothing()); x ==> [1, 1, 2]
        fn same(a, b) { a == b } let x = [1, 1, 2]; x.dedup("same"); x ==> [1, 2]
        let x = []; x.dedup(); x ==> []
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"sorting", "comparers", "dedup"})
  void scripts(String script, String expected) {
    assertThat(ScriptCases.show(script)).isEqualTo(expected);
  }
}
