package dev.picloud.executor.script.rhai.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.HostModule;
import dev.picloud.executor.script.rhai.JavaValues;
import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.OutputSink;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiEngine;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RunOptions;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final RhaiEngine ENGINE = RhaiEngine.create();

  private static Object eval(String s) {
    return ENGINE.eval(s);
  }

  private static String show(String s) {
    return Values.toDebug(eval(s));
  }

  private static RhaiError fail(String s, Limits limits) {
    try {
      ENGINE.run(ENGINE.compile(s), RunOptions.defaults().withLimits(limits));
    } catch (RhaiError e) {
      return e;
    }
    throw new AssertionError("no error: " + s);
  }

  private static RhaiError fail(String s) {
    return fail(s, Limits.DEFAULT);
  }

  @Test
  void arithmeticAndOverflow() {
    assertThat(eval("40 + 2")).isEqualTo(42L);
    assertThat(eval("7 / 2")).isEqualTo(3L);
    assertThat(eval("-7 % 2")).isEqualTo(-1L);
    assertThat(eval("2 ** 3 ** 2")).isEqualTo(512L);
    assertThat(eval("1 + 0.5")).isEqualTo(1.5);
    assertThat(eval("0.1 + 0.2 == 0.3")).isEqualTo(true);
    RhaiError e = fail("9223372036854775807 + 1");
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorArithmetic);
    assertThat(e.getMessage()).isEqualTo("Addition overflow: 9223372036854775807 + 1");
    assertThat(fail("let x = 1; x /= 0;").getMessage()).isEqualTo("Division by zero: 1 / 0 (line 1, position 14)");
  }

  @Test
  void stringsAndFormatting() {
    assertThat(eval("\"a\" + 1 + 'c'")).isEqualTo("a1c");
    assertThat(eval("let s = \"héllo\"; s.len")).isEqualTo(5L);
    assertThat(eval("`x = ${ 1 + 1 }!`")).isEqualTo("x = 2!");
    assertThat(show("[1, \"a\", 'c', (), 1e15]")).isEqualTo("[1, \"a\", c, (), 1000000000000000.0]");
    assertThat(eval("1e15.to_string()")).isEqualTo("1e15");
    assertThat(show("#{b: 1, a: #{c: ()}}")).isEqualTo("#{\"a\": #{\"c\": ()}, \"b\": 1}");
  }

  @Test
  void valueSemanticsOfArraysAndMaps() {
    assertThat(show("let a = [1]; let b = a; b.push(2); a")).isEqualTo("[1]");
    assertThat(show("let a = [[1]]; let b = a; b[0].push(2); [a, b]")).isEqualTo("[[[1]], [[1, 2]]]");
    assertThat(show("let m = #{a: [1]}; m.a.push(2); m.a[0] = 9; m")).isEqualTo("#{\"a\": [9, 2]}");
    assertThat(show("fn f(x) { x.push(9); x } let a = [1]; let b = f(a); [a, b]")).isEqualTo("[[1], [1, 9]]");
    assertThat(show("let a = [1]; push(a, 2); a")).isEqualTo("[1, 2]");
  }

  @Test
  void indexingStringsBitsAndErrors() {
    assertThat(eval("\"hello\"[1]").toString()).isEqualTo("e");
    assertThat(eval("let s = \"hello\"; s[1] = 'X'; s")).isEqualTo("hXllo");
    assertThat(eval("let x = 0; x[3] = true; x")).isEqualTo(8L);
    assertThat(eval("0xF0[4..8]")).isEqualTo(15L);
    // Rhai reports bounds errors at the index expression (get_indexed_mut's idx_pos), not at `[`.
    assertThat(fail("let a = [1]; a[5]").getMessage())
        .isEqualTo("Array index 5 out of bounds: only 1 element in array (line 1, position 16)");
    assertThat(fail("let b = true; b[0]").position()).isEqualTo(new Position(1, 16));
    assertThat(fail("let b = true; b[0]").kind()).isEqualTo(ErrorKind.ErrorIndexingType);
  }

  @Test
  void functionsClosuresAndPointers() {
    assertThat(eval("fn fib(n) { if n < 2 { n } else { fib(n-1) + fib(n-2) } } fib(15)")).isEqualTo(610L);
    assertThat(eval("let x = 1; let f = || x; x = 2; f.call()")).isEqualTo(2L);
    assertThat(eval("let c = 0; let inc = || { c += 1; c }; inc.call(); inc.call(); c")).isEqualTo(2L);
    assertThat(eval("fn add(a, b) { a + b } let f = Fn(\"add\").curry(40); f.call(2)")).isEqualTo(42L);
    assertThat(eval("fn double() { this * 2 } let x = 21; x.double()")).isEqualTo(42L);
    assertThat(eval("fn inc() { this += 1 } let x = 1; x.inc(); x")).isEqualTo(2L);
    assertThat(eval("let m = #{v: 1, get: |n| this.v + n}; m.get(10)")).isEqualTo(11L);
    assertThat(show("[1, 2, 3].map(|x| x * 2).filter(|x| x > 2)")).isEqualTo("[4, 6]");
    RhaiError e = fail("fn f() { x } f()");
    assertThat(e.kind()).isEqualTo(ErrorKind.ErrorInFunctionCall);
    assertThat(e.getMessage()).isEqualTo("Variable not found: x (line 1, position 10)\n"
        + "in call to function 'f' (line 1, position 14)");
  }

  @Test
  void controlFlow() {
    assertThat(eval("let s = 0; for i in 0..10 { if i == 5 { break; } s += i; } s")).isEqualTo(10L);
    assertThat(eval("let r = loop { break 42; }; r")).isEqualTo(42L);
    assertThat(eval("let m = 0; do { m += 1; if m < 3 { continue; } } while false; m")).isEqualTo(3L);
    assertThat(eval("switch 15 { 1 => 'a', 10..20 => \"range\", _ => () }")).isEqualTo("range");
    assertThat(eval("let x = (); x ?? 5")).isEqualTo(5L);
    assertThat(eval("let x = (); x?.a.b")).isEqualTo(Unit.INSTANCE);
    assertThat(eval("for (x, i) in [10, 20] { if i == 1 { return x; } }")).isEqualTo(20L);
  }

  @Test
  void tryCatchReceivesThrownValueOrErrorMap() {
    assertThat(eval("try { throw 42; } catch (e) { return e; }")).isEqualTo(42L);
    Object m = eval("let r; try { [1][5] } catch (e) { r = e; } r");
    assertThat(m).isInstanceOf(RhaiMap.class);
    assertThat(((RhaiMap) m).get("error")).isEqualTo("ErrorArrayBounds");
    assertThat(((RhaiMap) m).get("index")).isEqualTo(5L);
    assertThat(fail("throw \"boom\"").getMessage()).isEqualTo("Runtime error: boom (line 1, position 1)");
  }

  @Test
  void limitsAreEnforcedAndUncatchable() {
    assertThat(fail("fn f(n) { f(n + 1) } f(0)").kind()).isEqualTo(ErrorKind.ErrorStackOverflow);
    assertThat(fail("try { loop {} } catch {}", Limits.DEFAULT.withMaxOperations(10_000)).kind())
        .isEqualTo(ErrorKind.ErrorTooManyOperations);
    assertThat(fail("loop {}", Limits.DEFAULT.withTimeout(Duration.ofMillis(100))).kind())
        .isEqualTo(ErrorKind.ErrorTimeout);
    Limits small = Limits.DEFAULT.withMaxMemoryBytes(8L * 1024 * 1024);
    assertThat(fail("let s = \"ab\"; loop { s += s; }", small).kind()).isEqualTo(ErrorKind.ErrorMemoryLimit);
    assertThat(fail("let a = []; loop { a.push(a); }", small).kind()).isEqualTo(ErrorKind.ErrorMemoryLimit);
    assertThat(fail("let a = []; let s = \"x\".pad_like; loop { a.push(\"" + "x".repeat(1024) + "\"); }", small).kind())
        .isIn(ErrorKind.ErrorMemoryLimit, ErrorKind.ErrorDotExpr);
    assertThat(fail("let a = []; loop { a.push(\"" + "x".repeat(1024) + "\"); }", small).kind())
        .isEqualTo(ErrorKind.ErrorMemoryLimit);
  }

  @Test
  void deeplyNestedDataEndsInAnErrorNotAJvmCrash() {
    // Printing is iterative: any depth prints; recursive operations end in a Rhai error.
    assertThat(eval("let a = []; for i in 0..200000 { a = [a]; } a.to_string().len()"))
        .isEqualTo(400002L);
    RhaiError e = fail("let a = []; for i in 0..200000 { a = [a]; } a == a");
    assertThat(e.kind()).isIn(ErrorKind.ErrorStackOverflow, ErrorKind.ErrorMemoryLimit);
  }

  @Test
  void hostVariablesModulesCustomTypesAndSinks() {
    List<String> printed = new ArrayList<>();
    OutputSink sink = new OutputSink() {
      @Override
      public void print(String text) {
        printed.add(text);
      }

      @Override
      public void debug(String text, String source, Position pos) {
        printed.add(pos.line() + ":" + pos.column() + " " + text);
      }
    };
    RhaiEngine engine = RhaiEngine.builder()
        .registerModule("kv", HostModule.builder()
            .fn("get", (c, a) -> "v:" + a[0] + ":" + c.hostContext(), String.class)
            .constant("LIMIT", 10)
            .build())
        .registerType(Counter.class, "Counter")
        .registerFunction("counter", (c, a) -> new Counter())
        .registerFunction("bump", (c, a) -> ((Counter) a[0]).n += (Long) a[1], Counter.class, Long.class)
        .registerGetter(Counter.class, "n", (c, a) -> ((Counter) a[0]).n)
        .registerSetter(Counter.class, "n", Long.class, (c, a) -> {
          ((Counter) a[0]).n = (Long) a[1];
          return Unit.INSTANCE;
        })
        .registerMutFunction("shout", (c, a) -> {
          a[0] = ((String) a[0]).toUpperCase();
          return Unit.INSTANCE;
        }, String.class)
        .build();
    RunOptions opts = RunOptions.defaults()
        .withVariables(Map.of("ctx", Map.of("user", "ann", "ids", List.of(1, 2))))
        .withHostContext("H")
        .withOutput(sink);
    Object r = engine.run(engine.compile("""
        let c = counter();
        c.bump(2); c.n += 3;
        let s = "hi"; s.shout();
        print(s); debug(type_of(c));
        [kv::get(ctx.user), kv::LIMIT, c.n, ctx.ids.len()]
        """), opts);
    assertThat(JavaValues.toJava(r)).isEqualTo(List.of("v:ann:H", 10L, 5L, 2L));
    assertThat(printed).containsExactly("HI", "4:11 \"Counter\"");
  }

  /** A custom host type for the test. */
  static final class Counter {
    long n;
  }
}
