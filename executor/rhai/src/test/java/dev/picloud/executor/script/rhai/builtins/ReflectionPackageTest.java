package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReflectionPackageTest {
  static Stream<Arguments> metadata() {
    return ScriptCases.cases("""
        get_fn_metadata_list() ==> []
        fn foo(x, y) { x } get_fn_metadata_list() ==> [#{"access": "public", "is_anonymous": false, "name": "foo", "params": ["x", "y"]}]
        private fn bar() {} get_fn_metadata_list()[0].access ==> "private"
        fn int.dbl() { this * 2 } get_fn_metadata_list()[0].this_type ==> "i64"
        let z = 1; let f = |a| a + z; let m = get_fn_metadata_list()[0]; [m.is_anonymous, m.access, m.params, m.name == f.name] ==> [true, "public", ["z", "a"], true]
        fn b() {} fn a() {} let r = []; for m in get_fn_metadata_list() { r.push(m.name) } r ==> ["b", "a"]
        fn f(x) {} fn f(x, y) {} fn g() {} [get_fn_metadata_list("f").len(), get_fn_metadata_list("f", 2)[0].params, get_fn_metadata_list("f", -1), get_fn_metadata_list("h")] ==> [2, ["x", "y"], [], []]
        fn f() { get_fn_metadata_list("f").len() } f() ==> 1
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("metadata")
  void scripts(String script, String expected) {
    assertThat(ScriptCases.show(script)).isEqualTo(expected);
  }
}
