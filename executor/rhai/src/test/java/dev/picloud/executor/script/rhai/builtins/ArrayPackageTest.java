package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.Limits;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArrayPackageTest {
  static Stream<Arguments> access() {
    return ScriptCases.cases("""
        let x = [1, 2, 3]; [x.len(), x.len, len(x), x.is_empty(), [].is_empty, [].len] ==> [3, 3, 3, false, true, 0]
        let x = [1, 2, 3]; [x.get(0), x.get(-1), x.get(3), x.get(-3), x.get(-4)] ==> [1, 3, (), 1, 1]
        [].get(0) ==> ()
        let x = [[1]]; let y = x.get(0); y.push(2); x ==> [[1]]
        let x = [1, 2, 3]; x.set(-1, 9); x.set(3, 0); x.set(-9, 7); x ==> [7, 2, 9]
        let x = []; x.set(0, 1); x ==> []
        const X = [1]; X.get(0) ==> ERROR ErrorNonPureMethodCallOnConstant: Non-pure method 'get' cannot be called on constant (line 1, position 18)
        const X = [1]; get(X, 0) ==> 1
        """);
  }

  static Stream<Arguments> editing() {
    return ScriptCases.cases("""
        let x = [1, 2]; x.push("a"); x.push([3]); x ==> [1, 2, "a", [3]]
        let x = [1]; push(x, 2); x ==> [1, 2]
        let x = [1, 2]; x.append([3, [4]]); x ==> [1, 2, 3, [4]]
        let x = [1]; x.append(x); x ==> [1, 1]
        let x = [1, 2, 3]; x.insert(0, 4); x.insert(-1, 5); x.insert(99, 6); x.insert(-99, 7); x ==> [7, 4, 1, 2, 5, 3, 6]
        let x = []; x.insert(-5, 1); x ==> [1]
        let x = [1, 2, 3]; x.pad(5, 0); x ==> [1, 2, 3, 0, 0]
        let x = [1, 2, 3]; x.pad(2, 0); x.pad(-1, 0); x ==> [1, 2, 3]
        let x = []; x.pad(2, [1]); x[0].push(2); x ==> [[1, 2], [1]]
        let x = [1, 2, 3]; [x.pop(), x.shift(), x] ==> [3, 1, [2]]
        let x = []; [x.pop(), x.shift(), x.remove(0)] ==> [(), (), ()]
        let x = [1, 2, 3]; [x.remove(1), x.remove(-1), x.remove(5), x.remove(-2), x] ==> [2, 3, (), (), [1]]
        let x = [1, 2, 3]; x.clear(); x ==> []
        let x = [1, 2, 3, 4, 5]; x.truncate(3); x.truncate(10); x ==> [1, 2, 3]
        let x = [1, 2, 3]; x.truncate(0); x ==> []
        let x = [1, 2, 3]; x.truncate(-1); x ==> []
        let x = [1, 2, 3, 4, 5]; x.chop(3); x.chop(10); x ==> [3, 4, 5]
        let x = [1, 2, 3]; x.chop(-2); x ==> []
        let x = [1, 2, 3]; x.reverse(); x ==> [3, 2, 1]
        const X = [1]; X.push(2) ==> ERROR ErrorNonPureMethodCallOnConstant: Non-pure method 'push' cannot be called on constant (line 1, position 18)
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"access", "editing"})
  void scripts(String script, String expected) {
    assertThat(ScriptCases.show(script)).isEqualTo(expected);
  }

  @Test
  void growthRespectsTheArraySizeLimit() {
    Limits small = Limits.DEFAULT.withSizes(0, 10, 0);
    assertThat(ScriptCases.show("let x = []; for i in 0..10 { x.push(i) } x.len()", small))
        .isEqualTo("10");
    assertThat(ScriptCases.show("let x = []; for i in 0..11 { x.push(i) } x.len()", small))
        .startsWith("ERROR ErrorDataTooLarge: Size of array/BLOB too large");
    assertThat(ScriptCases.show("let x = [1]; x.pad(11, 0)", small))
        .startsWith("ERROR ErrorDataTooLarge");
    assertThat(ScriptCases.show("let x = [1, 2, 3, 4, 5, 6]; x.append(x)", small))
        .startsWith("ERROR ErrorDataTooLarge");
    assertThat(ScriptCases.show("let x = [1, 2, 3, 4, 5, 6]; x.insert(0, 1); x.splice(0, 0, x)", small))
        .startsWith("ERROR ErrorDataTooLarge");
  }

  @Test
  void growthRespectsTheMemoryBudget() {
    Limits mem = Limits.DEFAULT.withMaxMemoryBytes(100_000);
    assertThat(ScriptCases.show("let x = []; x.pad(1000000, \"abc\"); x.len()", mem))
        .startsWith("ERROR ErrorMemoryLimit");
    assertThat(ScriptCases.show("let x = []; x.pad(100, 1); x.len()", mem)).isEqualTo("100");
    assertThat(ScriptCases.show(
        "let x = []; x.pad(1500, 1); let y = x; for i in 0..5 { x.append(y) } x.len()", mem))
        .startsWith("ERROR ErrorMemoryLimit");
  }

  @Test
  void padBeyondAnyJavaListIsRejected() {
    assertThat(ScriptCases.show("let x = []; x.pad(9223372036854775807, 0)"))
        .startsWith("ERROR ErrorDataTooLarge: Size of array/BLOB too large");
  }
}
