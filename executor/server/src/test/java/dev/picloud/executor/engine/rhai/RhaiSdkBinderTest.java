package dev.picloud.executor.engine.rhai;

import static dev.picloud.executor.sdk.SdkParam.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.executor.sdk.SdkException;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.sdk.SdkTimeoutException;
import dev.picloud.executor.sdk.SdkType;
import dev.picloud.executor.script.Invocation;
import dev.picloud.executor.script.SandboxLimits;
import dev.picloud.executor.script.ScriptLimitExceeded;
import dev.picloud.executor.script.ScriptRuntimeError;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How SDK functions' failures and results meet the script: catchable errors, limits, the memory budget. */
class RhaiSdkBinderTest {
  /** {@code t::fail(msg)}, {@code t::slow()}, {@code t::text(n)}, {@code t::blob(n)}, {@code t::list(n)}. */
  private static final class TestModule implements SdkModule {
    @Override
    public String name() {
      return "t";
    }

    @Override
    public void define(Builder m) {
      m.function("fail", SdkType.UNIT, "Fails.", List.of(param("message", SdkType.STRING)), (ctx, a) -> {
        throw new SdkException((String) a.get(0));
      });
      m.function("slow", SdkType.UNIT, "Runs out of time.", List.of(), (ctx, a) -> {
        throw new SdkTimeoutException();
      });
      m.function("text", SdkType.STRING, "n characters.", List.of(param("n", SdkType.INT)),
          (ctx, a) -> "x".repeat(((Long) a.get(0)).intValue()));
      m.function("blob", SdkType.BLOB, "n bytes.", List.of(param("n", SdkType.INT)),
          (ctx, a) -> new byte[((Long) a.get(0)).intValue()]);
      m.function("list", SdkType.ARRAY, "n strings.", List.of(param("n", SdkType.INT)),
          (ctx, a) -> Collections.nCopies(((Long) a.get(0)).intValue(), "abcdefgh"));
      m.function("deadline", SdkType.UNIT, "Checks the deadline.", List.of(), (ctx, a) -> {
        ctx.checkDeadline();
        return null;
      });
    }
  }

  private final RhaiScriptEngine engine = new RhaiScriptEngine(List.of(new TestModule()));

  private Object run(String source, long deadlineNanos) {
    SandboxLimits limits = new SandboxLimits(Duration.ofSeconds(10), 0, 1L << 20, 64);
    return engine.run(engine.compile(source), new Invocation(Map.of(), limits, (l, m, d) -> {}, deadlineNanos));
  }

  private Object run(String source) {
    return run(source, System.nanoTime() + Duration.ofSeconds(10).toNanos());
  }

  @Test
  void anSdkExceptionIsCatchableAndCatchReceivesItsMessage() {
    assertThat(run("let m = (); try { t::fail(\"boom\"); } catch (e) { m = e; } m")).isEqualTo("boom");
  }

  @Test
  void anUncaughtSdkExceptionIsARuntimeErrorAtTheCall() {
    assertThatThrownBy(() -> run("let x = 1;\n  t::fail(\"boom\");"))
        .isInstanceOfSatisfying(
            ScriptRuntimeError.class,
            e -> {
              assertThat(e.kind()).isEqualTo("ErrorRuntime");
              assertThat(e.getMessage()).isEqualTo("Runtime error: boom");
              assertThat(e.span().line()).isEqualTo(2);
              assertThat(e.span().column()).isEqualTo(3);
            });
  }

  @Test
  void anSdkTimeoutEndsTheRunAndCannotBeCaught() {
    assertThatThrownBy(() -> run("try { t::slow(); } catch (e) { }"))
        .isInstanceOfSatisfying(
            ScriptLimitExceeded.class, e -> assertThat(e.limit()).isEqualTo(ScriptLimitExceeded.Limit.TIMEOUT));
  }

  @Test
  void checkDeadlineStopsACallOnceTheRunIsOutOfTime() {
    assertThat(run("t::deadline(); 1")).isEqualTo(1L);
    assertThatThrownBy(() -> run("try { t::deadline(); } catch (e) { }", System.nanoTime() - 1))
        .isInstanceOfSatisfying(
            ScriptLimitExceeded.class, e -> assertThat(e.limit()).isEqualTo(ScriptLimitExceeded.Limit.TIMEOUT));
  }

  @Test
  void resultsCountAgainstTheMemoryBudget() {
    assertThat(run("t::text(1000).len()")).isEqualTo(1000L);
    for (String call : List.of("t::text(600000)", "t::blob(2000000)", "t::list(20000)")) {
      assertThatThrownBy(() -> run("try { " + call + "; } catch (e) { }"))
          .as(call)
          .isInstanceOfSatisfying(
              ScriptLimitExceeded.class, e -> assertThat(e.limit()).isEqualTo(ScriptLimitExceeded.Limit.MEMORY));
    }
  }
}
