package dev.picloud.executor.script.rhai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One compiled script run by many virtual threads at once, each with its own input: every run
 * must give its own right answer. The script's call sites see INT, FLOAT, string and array
 * receivers in turn (so their inline caches change while other threads read them), and it
 * defines functions, closures and a map, so any state shared by mistake between runs shows.
 */
class ConcurrencyTest {
  private static final String SCRIPT = """
      fn weight(x) { if type_of(x) == "string" { x.len() } else if type_of(x) == "array" { x.len() * 10 } else { x.to_int() } }
      fn fib(k) { if k < 2 { k } else { fib(k - 1) + fib(k - 2) } }
      let values = [n, n * 1.5, `${name}-${n}`, [n, n], name];
      let total = 0;
      for v in values { total += weight(v); }
      let counter = 0;
      let bump = |d| { counter += d; counter };
      for i in 0..n % 7 { bump.call(i); }
      let m = #{};
      m[name] = total;
      m.fib = fib(n % 15);
      m.counter = counter;
      let s = "";
      for c in name.chars() { s = c.to_string() + s; }
      m.reversed = s;
      m
      """;

  @Test
  @Timeout(120)
  void oneScriptManyVirtualThreads() throws Exception {
    RhaiEngine engine = RhaiEngine.create();
    RhaiScript script = engine.compile(SCRIPT);
    int runs = 2000;
    Semaphore threads = new Semaphore(200);
    List<Future<Object>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < runs; i++) {
        long n = i;
        String name = "user" + (i * 7919 % 1000);
        results.add(pool.submit(() -> {
          threads.acquire();
          try {
            return engine.run(script, RunOptions.defaults()
                .withVariables(Map.of("n", n, "name", name)));
          } finally {
            threads.release();
          }
        }));
      }
      for (int i = 0; i < runs; i++) {
        Object r = JavaValues.toJava(results.get(i).get());
        assertThat(r).as("run %d", i).isEqualTo(expected(i, "user" + (i * 7919 % 1000)));
      }
    }
  }

  private static Map<String, Object> expected(long n, String name) {
    long total = n + (long) (n * 1.5) + (name + "-" + n).length() + 20 + name.length();
    long counter = 0;
    for (long i = 0; i < n % 7; i++) {
      counter += i;
    }
    return Map.of(name, total, "fib", fib(n % 15), "counter", counter,
        "reversed", new StringBuilder(name).reverse().toString());
  }

  private static long fib(long k) {
    return k < 2 ? k : fib(k - 1) + fib(k - 2);
  }

  @Test
  @Timeout(60)
  void deepRecursionThroughNativesOnAVirtualThreadIsARhaiError() throws Exception {
    RhaiEngine engine = RhaiEngine.create();
    RhaiScript script = engine.compile(
        "fn deep(n) { [n].map(|x| [x].filter(|y| deep(y + 1).len() > 0)) } deep(0)");
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<Object> f = pool.submit(() -> {
        try {
          return engine.run(script, RunOptions.defaults());
        } catch (RhaiError e) {
          return e.kind();
        }
      });
      assertThat(f.get()).isEqualTo(ErrorKind.ErrorStackOverflow);
    }
  }
}
