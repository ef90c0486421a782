package dev.picloud.executor.script.rhai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RhaiErrorTest {
  private static RhaiError error(String script) {
    try {
      RhaiEngine.create().eval(script);
    } catch (RhaiError e) {
      return e;
    }
    throw new AssertionError("no error");
  }

  @Test
  void theCallChainIntoUserFunctionsCarriesEachCallPosition() {
    RhaiError e = error("""
        fn inner(x) { x.foo() }
        fn outer(x) {
            inner(x)
        }
        outer(1)""");
    assertThat(e).isInstanceOf(RhaiRuntimeError.class);
    assertThat(e.chain()).extracting(RhaiError::kind).containsExactly(
        ErrorKind.ErrorInFunctionCall, ErrorKind.ErrorInFunctionCall,
        ErrorKind.ErrorFunctionNotFound);
    assertThat(e.chain()).extracting(RhaiError::position).containsExactly(
        new Position(5, 1), new Position(3, 5), new Position(1, 17));
    assertThat(e.chain()).extracting(x -> x.fields().get("function"))
        .containsExactly("outer", "inner", "foo (i64)");
  }

  @Test
  void catchReceivesTheMapRhaiBuilds() {
    Object v = RhaiEngine.create().eval("""
        fn f(a) { a[5] }
        let r;
        try { f([1]); } catch (e) { r = e; }
        r""");
    assertThat(JavaValues.toJava(v)).isEqualTo(Map.of(
        "error", "ErrorInFunctionCall",
        "function", "f",
        "source", "",
        "line", 3L,
        "position", 7L,
        "message", "Array index 5 out of bounds: only 1 element in array (line 1, position 13)"
            + "\nin call to function 'f'"));
  }

  @Test
  void limitErrorsAreTheirOwnTypeAndNeverCatchable() {
    RhaiError e = error("fn f() { f() } f()");
    assertThat(e).isInstanceOf(RhaiLimitError.class);
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorStackOverflow);
    assertThat(e.catchable()).isFalse();
  }

  @Test
  void aJavaExceptionInAHostFunctionEndsTheRunAsErrorSystem() {
    RhaiEngine e = RhaiEngine.builder()
        .registerFunction("boom", (c, a) -> {
          throw new IllegalStateException("host bug");
        })
        .build();
    RhaiError err = null;
    try {
      e.eval("let r = 0; try { boom(); } catch { r = 1; } r");
    } catch (RhaiError x) {
      err = x;
    }
    assertThat(err).isInstanceOf(RhaiInternalError.class);
    assertThat(err.kind()).isEqualTo(ErrorKind.ErrorSystem);
    assertThat(err.catchable()).isFalse();
    assertThat(err.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(err.getMessage())
        .isEqualTo("Error in function 'boom': java.lang.IllegalStateException: host bug"
            + " (line 1, position 18)");
  }
}
