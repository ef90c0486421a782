package dev.picloud.executor.script.rhai.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.RhaiEngine;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RunOptions;
import java.time.Duration;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unbounded allocation patterns (and natives whose result is far bigger than their input) under an 8 MiB budget must end with {@code ErrorMemoryLimit} (or
 * a size error), never an {@link OutOfMemoryError}: surefire runs this class in its own JVM with
 * a 128 MiB heap (see the module's pom), so a budget that let data grow unchecked would crash it.
 * The fast-growing patterns also run under 64 MiB of script data in that 128 MiB heap, which
 * proves the estimate keeps a safety margin.
 */
class MemoryLimitTest {
  private static final RhaiEngine ENGINE = RhaiEngine.create();

  @ParameterizedTest
  @ValueSource(strings = {
      "let s = \"x\"; loop { s += s }",
      "let s = \"\"; loop { s += \"abcdefgh\" }",
      "let a = []; loop { a.push(a) }",
      "let a = [0]; loop { a += a }",
      "let a = []; loop { a = [a, a] }",
      "let a = []; loop { a = a + [a] }",
      "let a = []; loop { a.push(a.len()) }",
      "let m = #{}; let i = 0; loop { let s = \"x\"; s.pad(1000, \"y\"); m[i.to_string()] = s; i += 1 }",
      "let m = #{}; loop { m = #{l: m, r: m} }",
      "let m = #{}; let i = 0; loop { m.x = #{ y: m }; i += 1 }",
      "let b = blob(16, 1); loop { b += b }",
      "let b = blob(); loop { b.push(1) }",
      "let s = \"ab\"; loop { s = `${s}${s}` }",
      "let f = Fn(\"x\"); loop { f = f.curry(f) }",
      "let x = \"y\"; x.pad(100000, \"z\"); let a = []; loop { a.push(x) }",
      "let a = [1, 2, 3]; let l = []; loop { l.push(a.map(|v| `${v}`.to_blob())) }",
      "let a = []; a.pad(200000000, 0)",
      "let s = \"\"; s.pad(500000000, \"x\")",
      "blob(1000000000)",
      "let r = []; for i in 0..100000000 { r.push(i.to_string()) }",
      "let l = []; loop { l.push(l.map(|v| v)) }",
      "let b = blob(3000000, 1); b.to_array()",
      "let s = \"x\"; s.pad(1000000, \",\"); s.split(\",\")",
      "let s = \"x\"; s.pad(1000000, \"y\"); s.to_chars()",
      "let s = \"a\"; s.pad(100000, \"a\"); s.replace(\"a\", \"0123456789012345678901234567890123456789\")",
  })
  @Timeout(60)
  void runawayAllocationEndsWithAMemoryError(String script) {
    assertMemoryError(script, 4L << 20);
  }

  /** Fast-growing patterns under a budget that is half the heap: the estimate keeps a margin. */
  @ParameterizedTest
  @ValueSource(strings = {
      "let s = \"x\"; loop { s += s }",
      "let a = [0]; loop { a += a }",
      "let a = []; loop { a.push(a) }",
      "let m = #{}; loop { m = #{l: m, r: m} }",
      "let b = blob(16, 1); loop { b += b }",
      "let s = \"ab\"; loop { s = `${s}${s}` }",
      "let x = \"y\"; x.pad(1000000, \"z\"); let a = []; loop { a.push(x) }",
  })
  @Timeout(60)
  void halfTheHeapIsStillSafe(String script) {
    assertMemoryError(script, 64L << 20);
  }

  private static void assertMemoryError(String script, long budget) {
    Limits limits = Limits.DEFAULT.withMaxMemoryBytes(budget).withTimeout(Duration.ofSeconds(30));
    Throwable t = catchThrowable(() -> ENGINE.run(ENGINE.compile(script),
        RunOptions.defaults().withLimits(limits)));
    assertThat(t).as(script).isInstanceOf(RhaiError.class);
    assertThat(((RhaiError) t).kind()).as(script)
        .isIn(ErrorKind.ErrorMemoryLimit, ErrorKind.ErrorDataTooLarge);
  }
}
