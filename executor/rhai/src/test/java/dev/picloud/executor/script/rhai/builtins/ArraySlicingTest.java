package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArraySlicingTest {
  static Stream<Arguments> splice() {
    return ScriptCases.cases("""
        let x = [1, 2, 3, 4, 5]; x.splice(1, 2, [7, 8, 9, 10]); x ==> [1, 7, 8, 9, 10, 4, 5]
        let x = [1, 7, 8, 9, 10, 4, 5]; x.splice(-5, 4, [7, 8, 9, 10]); x ==> [1, 7, 7, 8, 9, 10, 5]
        let x = [1, 2, 3, 4, 5]; x.splice(1..3, [7, 8, 9, 10]); x ==> [1, 7, 8, 9, 10, 4, 5]
        let x = [1, 2, 3, 4, 5]; x.splice(1..=3, [7, 8, 9, 10]); x ==> [1, 7, 8, 9, 10, 5]
        let x = [1, 2, 3]; x.splice(-99, 1, [0]); x ==> [0, 2, 3]
        let x = [1, 2, 3]; x.splice(3, 1, [0]); x ==> [1, 2, 3, 0]
        let x = [1, 2, 3]; x.splice(1, -1, [0]); x ==> [1, 0, 2, 3]
        let x = [1, 2, 3]; x.splice(1, 99, []); x ==> [1]
        let x = []; x.splice(5, 5, [1, 2]); x ==> [1, 2]
        let x = [1, 2]; x.splice(0, 1, x); x ==> [1, 2, 2]
        """);
  }

  static Stream<Arguments> extractAndSplit() {
    return ScriptCases.cases("""
        let x = [1, 2, 3]; extract(x, 1, 10) ==> [2, 3]
        let x = [1, 2, 3]; extract(x, -3, 1) ==> [1]
        let x = [1, 2, 3]; extract(x, -99, 2) ==> [1, 2]
        let x = [1, 2, 3]; extract(x, 99, 1) ==> []
        let x = [1, 2, 3]; extract(x, 0, 0) ==> []
        let x = [1, 2, 3, 4, 5]; [x.extract(2), x.extract(-3), x.extract(-99), x.extract(5), x] ==> [[3, 4, 5], [3, 4, 5], [1, 2, 3, 4, 5], [], [1, 2, 3, 4, 5]]
        let x = [1, 2, 3, 4, 5]; [x.extract(1..3), x.extract(1..=3), x.extract(-2..2), x.extract(3..1), x.extract(3..=1)] ==> [[2, 3], [2, 3, 4], [1, 2], [], [4]]
        let x = [[1]]; let y = x.extract(0); y[0].push(2); x ==> [[1]]
        let x = [1, 2, 3, 4, 5]; let y = x.split(2); [x, y] ==> [[1, 2], [3, 4, 5]]
        let x = [1, 2, 3, 4, 5]; let y = x.split(-2); [x, y] ==> [[1, 2, 3], [4, 5]]
        let x = [1, 2, 3, 4, 5]; let y = x.split(0); [x, y] ==> [[], [1, 2, 3, 4, 5]]
        let x = [1, 2, 3, 4, 5]; let y = x.split(-9); [x, y] ==> [[], [1, 2, 3, 4, 5]]
        let x = [1, 2, 3, 4, 5]; let y = x.split(5); [x, y] ==> [[1, 2, 3, 4, 5], []]
        """);
  }

  static Stream<Arguments> drainAndRetain() {
    return ScriptCases.cases("""
        let x = [1, 2, 3, 4, 5]; let y = x.drain(1, 2); let z = x.drain(-1, 1); [x, y, z] ==> [[1, 4], [2, 3], [5]]
        let x = [1, 2, 3, 4, 5]; let y = x.drain(1..3); let z = x.drain(2..3); [x, y, z] ==> [[1, 4], [2, 3], [5]]
        let x = [1, 2, 3, 4, 5]; let y = x.drain(1..=2); let z = x.drain(2..=2); [x, y, z] ==> [[1, 4], [2, 3], [5]]
        let x = [1, 2, 3]; [x.drain(5, 1), x.drain(0, 0), x.drain(1, -1), x] ==> [[], [], [], [1, 2, 3]]
        let x = [1, 2, 3, 4, 5]; let y = x.retain(1, 2); let z = x.retain(-1, 1); [x, y, z] ==> [[3], [1, 4, 5], [2]]
        let x = [1, 2, 3, 4, 5]; let y = x.retain(1..4); let z = x.retain(1..3); [x, y, z] ==> [[3, 4], [1, 5], [2]]
        let x = [1, 2, 3, 4, 5]; let y = x.retain(1..=3); let z = x.retain(1..=2); [x, y, z] ==> [[3, 4], [1, 5], [2]]
        // Rhai's code (not its doc): an empty selection changes nothing.
        let x = [1, 2, 3]; [x.retain(5, 1), x.retain(0, 0), x] ==> [[], [], [1, 2, 3]]
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"splice", "extractAndSplit", "drainAndRetain"})
  void scripts(String script, String expected) {
    assertThat(ScriptCases.show(script)).isEqualTo(expected);
  }
}
