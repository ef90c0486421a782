package dev.picloud.executor.script.rhai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Variables pushed by the host keep their own slots however many locals the script declares around them. */
class HostVariablesTest {
  private final RhaiEngine engine = RhaiEngine.create();

  private Object run(String source, Map<String, Object> vars) {
    return JavaValues.toJava(engine.run(engine.compile(source), RunOptions.defaults().withVariables(vars)));
  }

  @Test
  void aLocalDeclaredAfterReadingAHostVariableDoesNotOverwriteIt() {
    Map<String, Object> ctx = Map.of("a", 1L, "b", 2L);
    assertThat(run("let name = ctx.a;\nctx.b", Map.of("ctx", ctx))).isEqualTo(2L);
  }

  @Test
  void hostVariablesSurviveNestedBlocksAndClosures() {
    Map<String, Object> ctx = Map.of("n", 5L);
    String source =
        "let x = ctx.n;\n"
            + "{ let a = 1; let b = 2; let c = 3; }\n"
            + "let f = |y| y + ctx.n;\n"
            + "let total = 0;\n"
            + "for i in 0..3 { let t = i; total += t; }\n"
            + "x + f.call(total) + ctx.n + other";
    assertThat(run(source, Map.of("ctx", ctx, "other", 100L))).isEqualTo(5L + (3 + 5) + 5 + 100);
  }
}
