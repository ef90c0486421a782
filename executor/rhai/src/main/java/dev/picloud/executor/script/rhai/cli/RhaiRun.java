package dev.picloud.executor.script.rhai.cli;

import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.OutputSink;
import dev.picloud.executor.script.rhai.RhaiEngine;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiScript;
import dev.picloud.executor.script.rhai.RunOptions;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.Values;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rhai-run}: {@code FILE} / {@code --eval TEXT} run a script and print {@code
 * <type>\t<value>} (or {@code ERROR\t<kind>\t<message>}, exit code 1); {@code --bench N FILE}
 * times compile and runs; {@code --corpus FILE.jsonl} runs a conformance corpus.
 */
public final class RhaiRun {
  private RhaiRun() {}

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit code. */
  public static int run(String[] all, PrintStream out, PrintStream err) throws IOException {
    Limits limits = Limits.DEFAULT;
    int i = 0;
    while (i + 1 < all.length && LIMIT_OPTIONS.contains(all[i])) {
      limits = withLimit(limits, all[i], Long.parseLong(all[i + 1]));
      i += 2;
    }
    String[] args = Arrays.copyOfRange(all, i, all.length);
    if (args.length == 2 && args[0].equals("--eval")) {
      return runScript(args[1], limits, out);
    }
    if (args.length == 3 && args[0].equals("--bench")) {
      return bench(Integer.parseInt(args[1]), Path.of(args[2]), limits, out);
    }
    if (args.length == 2 && args[0].equals("--corpus")) {
      return corpus(Path.of(args[1]), out, err);
    }
    if (args.length == 1 && !args[0].startsWith("--")) {
      return runScript(stripShebang(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)),
          limits, out);
    }
    err.println("usage: rhai-run [LIMITS] FILE | [LIMITS] --eval TEXT | [LIMITS] --bench N FILE"
        + " | --corpus FILE.jsonl\n  LIMITS: " + String.join(" N, ", LIMIT_OPTIONS) + " N");
    return 2;
  }

  private static final List<String> LIMIT_OPTIONS = List.of("--max-operations",
      "--max-call-levels", "--max-string-size", "--max-array-size", "--max-map-size",
      "--max-modules", "--timeout-ms", "--max-memory");

  private static Limits withLimit(Limits l, String option, long n) {
    return switch (option) {
      case "--max-operations" -> l.withMaxOperations(n);
      case "--max-call-levels" -> l.withMaxCallLevels((int) n);
      case "--max-string-size" -> l.withSizes(n, l.maxArraySize(), l.maxMapSize());
      case "--max-array-size" -> l.withSizes(l.maxStringSize(), n, l.maxMapSize());
      case "--max-map-size" -> l.withSizes(l.maxStringSize(), l.maxArraySize(), n);
      case "--max-modules" -> l.withMaxModules((int) n);
      case "--timeout-ms" -> l.withTimeout(java.time.Duration.ofMillis(n));
      default -> l.withMaxMemoryBytes(n);
    };
  }

  static String stripShebang(String s) {
    if (s.startsWith("#!")) {
      int nl = s.indexOf('\n');
      return nl < 0 ? "" : s.substring(nl);
    }
    return s;
  }

  private static int runScript(String source, Limits limits, PrintStream out) {
    RhaiEngine engine = RhaiEngine.create();
    try {
      RhaiScript script = engine.compile(source, limits);
      Object v = engine.run(script,
          RunOptions.defaults().withLimits(limits).withOutput(OutputSink.to(out)));
      out.println(Values.typeName(v) + "\t" + Values.toDisplay(v));
      return 0;
    } catch (RhaiError e) {
      out.println("ERROR\t" + e.kind().name() + "\t" + e.getMessage());
      return 1;
    }
  }

  private static int bench(int n, Path file, Limits limits, PrintStream out)
      throws IOException {
    String src = stripShebang(Files.readString(file, StandardCharsets.UTF_8));
    RhaiEngine engine = RhaiEngine.create();
    OutputSink quiet = new OutputSink() {
      @Override
      public void print(String text) {}

      @Override
      public void debug(String text, String source, dev.picloud.executor.script.rhai.Position pos) {}
    };
    RunOptions opts = RunOptions.defaults().withOutput(quiet).withLimits(limits);
    for (int i = 0; i < 300; i++) {
      engine.compile(src);
    }
    long t0 = System.nanoTime();
    RhaiScript script = engine.compile(src);
    long compileNs = System.nanoTime() - t0;
    try {
      for (int i = 0; i < n; i++) {
        engine.run(script, opts);
      }
      double[] times = new double[n];
      for (int i = 0; i < n; i++) {
        long s = System.nanoTime();
        engine.run(script, opts);
        times[i] = (System.nanoTime() - s) / 1e6;
      }
      Arrays.sort(times);
      double median = n == 0 ? 0 : n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
      out.printf("compile_us=%d run_ms_per_iter=%.3f%n", compileNs / 1000, median);
      return 0;
    } catch (RhaiError e) {
      out.println("ERROR\t" + e.kind().name() + "\t" + e.getMessage());
      return 1;
    }
  }

  private static int corpus(Path file, PrintStream out, PrintStream err) throws IOException {
    ConformanceRunner runner = new ConformanceRunner(err);
    List<RhaiMap> cases = ConformanceRunner.readCases(file);
    int passed = 0;
    int failed = 0;
    Map<String, int[]> byKind = new LinkedHashMap<>();
    for (RhaiMap c : cases) {
      CaseResult r = runner.run(c);
      out.println(ConformanceRunner.toJsonLine(r));
      int[] k = byKind.computeIfAbsent(r.expectedKind(), x -> new int[2]);
      if (r.pass()) {
        passed++;
        k[0]++;
      } else {
        failed++;
        k[1]++;
      }
    }
    StringBuilder sb = new StringBuilder();
    byKind.forEach((k, v) -> sb.append(k).append(": ").append(v[0]).append('/').append(v[0] + v[1]).append("  "));
    err.println(sb.toString().trim());
    out.println(passed + " passed, " + failed + " failed");
    return 0;
  }
}
