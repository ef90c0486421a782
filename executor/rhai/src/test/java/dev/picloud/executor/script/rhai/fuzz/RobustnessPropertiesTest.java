package dev.picloud.executor.script.rhai.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.OutputSink;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiEngine;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiInternalError;
import dev.picloud.executor.script.rhai.RunOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Robustness: random token soups, random mutations of real scripts (the conformance corpus and
 * the benchmark programs when {@code shared/} is present, always our own case files), and random
 * grammar-based programs are compiled and run under tight limits. Only {@link RhaiError}s may
 * come out — never another exception or JVM error, and no {@link RhaiInternalError} (the
 * engine's own conversion of a Java exception) — and every run ends (the limits guarantee it;
 * each run is also bounded by a preemptive timeout).
 *
 * <p>The seeds are fixed, so CI runs the same cases each time; {@code -Djqwik.tries.default=N}
 * runs more (the default is in {@code junit-platform.properties}), and {@code
 * -Drhai.fuzz.seed=S} explores other cases.
 */
class RobustnessPropertiesTest {
  private static final RhaiEngine ENGINE = RhaiEngine.create();
  private static final Limits LIMITS = Limits.DEFAULT.withMaxOperations(20_000)
      .withTimeout(Duration.ofMillis(300)).withMaxMemoryBytes(8L << 20).withMaxCallLevels(32);
  private static final OutputSink QUIET = new OutputSink() {
    @Override
    public void print(String text) {}

    @Override
    public void debug(String text, String source, Position pos) {}
  };
  private static final List<String> TOKENS = List.of("let", "const", "fn", "if", "else",
      "while", "loop", "for", "in", "do", "until", "break", "continue", "return", "throw", "try",
      "catch", "switch", "import", "export", "as", "private", "this", "true", "false", "x", "y",
      "f", "len", "push", "map", "Fn", "call", "curry", "eval", "print", "type_of", "(", ")",
      "[", "]", "{", "}", "#{", "?.", "?[", ".", ",", ";", ":", "::", "=>", "->", "=", "+=",
      "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "+", "-", "*", "/", "%",
      "**", "<<", ">>", "&", "|", "^", "!", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "??",
      "..", "..=", "|x|", "||", "0", "1", "-1", "9223372036854775807", "1.5", "1e400", "'c'",
      "\"s\"", "`a${x}b`", "\"\\u{1F600}\"", "0x7f", "0b102", "'", "\"", "`", "#", "@", "$",
      "//", "/*", "*/", "\n");
  private static final Pattern TOKEN = Pattern.compile(
      "\\s+|\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|'[^']*'|[A-Za-z_][A-Za-z0-9_]*|\\d[\\d_.eE]*|\\S");
  private static final List<String> SEEDS = seedScripts();

  /** Runs a script; anything but a clean end or a RhaiError fails the property. */
  static void runsCleanly(String source) {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      try {
        ENGINE.run(ENGINE.compile(source, LIMITS),
            RunOptions.defaults().withLimits(LIMITS).withOutput(QUIET));
      } catch (RhaiInternalError bug) {
        // A Java exception inside the engine, turned into ErrorSystem at the run boundary.
        throw new AssertionError("internal error for: " + source, bug.getCause());
      } catch (RhaiError expected) {
        // Parse and evaluation errors are the allowed outcome.
      }
    }, () -> "did not finish: " + source);
  }

  @Property(seed = "20261123")
  void tokenSoupsOnlyRaiseRhaiErrors(@ForAll("tokenSoups") String source) {
    runsCleanly(source);
  }

  @Property(seed = "20261124")
  void mutatedScriptsOnlyRaiseRhaiErrors(@ForAll("mutatedScripts") String source) {
    runsCleanly(source);
  }

  @Property(seed = "20261125")
  void generatedProgramsOnlyRaiseRhaiErrors(@ForAll("programs") String source) {
    runsCleanly(source);
  }

  /** Mixed into every generator seed: {@code -Drhai.fuzz.seed=S} explores other cases. */
  private static final long EXTRA_SEED = Long.getLong("rhai.fuzz.seed", 0L);

  @Provide
  Arbitrary<String> tokenSoups() {
    return Arbitraries.longs().map(seed -> {
      Random r = new Random(seed ^ EXTRA_SEED);
      StringBuilder sb = new StringBuilder();
      for (int i = 1 + r.nextInt(60); i > 0; i--) {
        sb.append(TOKENS.get(r.nextInt(TOKENS.size()))).append(r.nextInt(4) == 0 ? "" : " ");
      }
      return sb.toString();
    });
  }

  @Provide
  Arbitrary<String> mutatedScripts() {
    return Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.longs())
        .as((s, seed) -> mutate(s, new Random(seed ^ EXTRA_SEED)));
  }

  @Provide
  Arbitrary<String> programs() {
    return Arbitraries.longs().map(seed -> ProgramGenerator.generate(seed ^ EXTRA_SEED));
  }

  /** Applies 1–4 random token-level mutations to {@code source}. */
  static String mutate(String source, Random r) {
    List<String> t = new ArrayList<>();
    Matcher m = TOKEN.matcher(source);
    while (m.find()) {
      t.add(m.group());
    }
    int n = 1 + r.nextInt(4);
    for (int k = 0; k < n && !t.isEmpty(); k++) {
      int i = r.nextInt(t.size());
      switch (r.nextInt(8)) {
        case 0 -> t.remove(i);
        case 1 -> t.add(i, t.get(i));
        case 2 -> {
          int j = r.nextInt(t.size());
          String x = t.get(i);
          t.set(i, t.get(j));
          t.set(j, x);
        }
        case 3 -> t.add(i, List.of("(", "[", "{", ")", "]", "}", "#{").get(r.nextInt(7)));
        case 4 -> t.set(i, List.of("9".repeat(40), "1e999", "\"" + "x".repeat(5000) + "\"",
            "-9223372036854775808", "0.0", "()").get(r.nextInt(6)));
        case 5 -> t.add(i, TOKENS.get(r.nextInt(TOKENS.size())));
        case 6 -> t.subList(i, Math.min(t.size(), i + 1 + r.nextInt(8))).clear();
        default -> {
          int j = r.nextInt(t.size());
          t.addAll(i, new ArrayList<>(t.subList(Math.min(i, j), Math.max(i, j))));
        }
      }
    }
    return String.join("", t);
  }

  private static List<String> seedScripts() {
    List<String> seeds = new ArrayList<>();
    try {
      Path cases = Path.of(RobustnessPropertiesTest.class.getResource("/rhai").toURI());
      try (Stream<Path> s = Files.walk(cases)) {
        s.filter(p -> p.toString().endsWith(".rhai")).sorted().forEach(p -> seeds.add(read(p)));
      }
      Path shared = dev.picloud.executor.script.rhai.RhaiConformanceTest.corpusDir();
      for (String f : List.of("rhai-tests.jsonl", "rhai-tests-extra.jsonl")) {
        Path file = shared.resolve(f);
        if (Files.exists(file)) {
          for (var c : dev.picloud.executor.script.rhai.cli.ConformanceRunner.readCases(file)) {
            if (c.get("script") instanceof String script) {
              seeds.add(script);
            }
          }
        }
      }
      Path bench = shared.resolveSibling("bench").resolve("rhai");
      if (Files.isDirectory(bench)) {
        try (Stream<Path> s = Files.list(bench)) {
          s.filter(p -> p.toString().endsWith(".rhai")).sorted()
              .forEach(p -> seeds.add(read(p)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(seeds);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
