package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.Limits;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MapPackageTest {
  static Stream<Arguments> basics() {
    return ScriptCases.cases("""
        let m = #{a: 1, b: 2}; [m.len(), len(m), m.is_empty(), #{}.is_empty(), m.len] ==> [2, 2, false, true, ()]
        let m = #{a: 1, b: 2}; [m.contains("a"), m.contains("z"), "b" in m, "z" !in m] ==> [true, false, true, true]
        'a' in #{a: 1} ==> ERROR ErrorFunctionNotFound: Function not found: contains (map, char) (line 1, position 5)
        let m = #{a: [1]}; let v = m.get("a"); v.push(2); [m, m.get("z")] ==> [#{"a": [1]}, ()]
        let m = #{a: 1}; m.set("b", 2); m.set("a", 3); m ==> #{"a": 3, "b": 2}
        let m = #{a: 1, b: 2}; [m.remove("a"), m.remove("z"), m] ==> [1, (), #{"b": 2}]
        let m = #{a: 1}; m.clear(); m ==> #{}
        let m = #{b: 2, a: 1, "😀": 0, "\uFFFD": 0}; [m.keys(), m.values()] ==> [["a", "b", "\uFFFD", "😀"], [1, 2, 0, 0]]
        const M = #{a: 1}; M.remove("a") ==> ERROR ErrorNonPureMethodCallOnConstant: Non-pure method 'remove' cannot be called on constant (line 1, position 22)
        const M = #{a: 1}; M.get("a") ==> 1
        """);
  }

  static Stream<Arguments> merging() {
    return ScriptCases.cases("""
        let m = #{a: 1, b: 2, c: 3}; m.mixin(#{a: 42, d: 0}); m ==> #{"a": 42, "b": 2, "c": 3, "d": 0}
        let m = #{a: 1, b: 2, c: 3}; m += #{a: 42, d: 0}; m ==> #{"a": 42, "b": 2, "c": 3, "d": 0}
        let m = #{a: 1, b: 2, c: 3}; [m + #{a: 42, d: 0}, m] ==> [#{"a": 42, "b": 2, "c": 3, "d": 0}, #{"a": 1, "b": 2, "c": 3}]
        let m = #{a: 1, b: 2, c: 3}; m.fill_with(#{a: 42, d: 0}); m ==> #{"a": 1, "b": 2, "c": 3, "d": 0}
        let m = #{a: 1}; m.mixin(m); m ==> #{"a": 1}
        let n = #{x: [1]}; let m = #{}; m.mixin(n); m.x.push(2); n ==> #{"x": [1]}
        [#{a: 1} == #{a: 1.0}, #{a: 1} == #{a: 1, b: 2}, #{a: 1} != #{a: "1"}, #{} == #{}] ==> [true, false, true, true]
        """);
  }

  static Stream<Arguments> callbacks() {
    return ScriptCases.cases("""
        let x = #{a: 1, b: 2, c: 3}; [x.map(|k| this * 2), x.map(|k, v| k + v), x] ==> [#{"a": 2, "b": 4, "c": 6}, #{"a": "a1", "b": "b2", "c": "c3"}, #{"a": 1, "b": 2, "c": 3}]
        let x = #{a: 1, b: 2, c: 3}; [x.filter(|k| this >= 2), x.filter(|k, v| k != "b" && v < 3)] ==> [#{"b": 2, "c": 3}, #{"a": 1}]
        let x = #{a: 1, b: 2, c: 3}; let y = x.drain(|k| this < 2); let z = x.drain(|k, v| k == "c"); [x, y, z] ==> [#{"b": 2}, #{"a": 1}, #{"c": 3}]
        let x = #{a: 1, b: 2, c: 3}; let y = x.retain(|k, v| v < 3); [x, y] ==> [#{"a": 1, "b": 2}, #{"c": 3}]
        #{a: 1}.map(|k, v| v / 0) ==> ERROR ErrorInFunctionCall: Division by zero: 1 / 0 | in closure call (line 1, position 9) | in call to function 'filter' (line 1, position 9)
        #{a: 1}.filter(|k, v| v.nope()) ==> ERROR ErrorInFunctionCall: Function not found: nope (i64) (line 1, position 25) | in closure call (line 1, position 9) | in call to function 'filter' (line 1, position 9)
        let x = #{a: 1, b: 2}; try { x.drain(|k| throw 1) } catch {} x ==> #{}
        """);
  }

  static Stream<Arguments> json() {
    return ScriptCases.cases("""
        #{a: [#{b: 42}], "k\\"": ()}.to_json() ==> "{\\"a\\":[{\\"b\\":42}],\\"k\\\\\\"\\":null}"
        #{a: 1e20, b: 0.1, c: 'x', d: true, e: "é\\n"}.to_json() ==> "{\\"a\\":1e20,\\"b\\":0.1,\\"c\\":'x',\\"d\\":true,\\"e\\":\\"é\\\\n\\"}"
        #{f: Fn("abc"), g: Fn("abc").curry(42).curry("x")}.to_json() ==> "{\\"f\\":\\"abc\\",\\"g\\":[\\"abc\\",42,\\"x\\"]}"
        #{r: 1..3}.to_json() ==> "{\\"r\\":1..3}"
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"basics", "merging", "callbacks", "json"})
  void scripts(String script, String expected) {
    assertThat(ScriptCases.show(script)).isEqualTo(expected);
  }

  @Test
  void growthRespectsTheMapSizeLimit() {
    Limits small = Limits.DEFAULT.withSizes(0, 0, 2);
    assertThat(ScriptCases.show("let m = #{a: 1}; m.set(\"b\", 2); m.len()", small)).isEqualTo("2");
    assertThat(ScriptCases.show("let m = #{a: 1, b: 2}; m.set(\"c\", 3)", small))
        .startsWith("ERROR ErrorDataTooLarge: Size of object map too large");
    assertThat(ScriptCases.show("let m = #{a: 1}; m.mixin(#{b: 1, c: 2})", small))
        .startsWith("ERROR ErrorDataTooLarge");
    assertThat(ScriptCases.show("let m = #{a: 1}; m.fill_with(#{b: 1, c: 2})", small))
        .startsWith("ERROR ErrorDataTooLarge");
    assertThat(ScriptCases.show("let m = #{a: 1, b: 2}; let n = m + #{c: 3}", small))
        .startsWith("ERROR ErrorDataTooLarge");
  }
}
