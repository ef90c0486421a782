package dev.picloud.executor.script.rhai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.picloud.executor.script.rhai.value.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own script cases ({@code src/test/resources/rhai/<area>/<case>.rhai}, STYLE §10), each
 * with inline expectations in comments:
 *
 * <ul>
 *   <li>{@code // expect: 42} — the value's debug form ({@code "s"}, {@code [1, 2]}, {@code ()});
 *   <li>{@code // expect error: ErrorArithmetic at 3:9} — the error kind, optionally its position;
 *   <li>{@code // expect message: text} — the error's full message (with the position suffix);
 *   <li>{@code // expect limit: OPERATIONS} — a sandbox limit ({@link #LIMITS});
 *   <li>{@code // expect output: text} — one printed line, in order;
 *   <li>{@code // limits: max_operations=1000 timeout_ms=200 max_memory=8388608} — the run's
 *       limits (also {@code max_call_levels}, {@code max_string_size}, {@code max_array_size},
 *       {@code max_map_size}, {@code max_modules}, {@code max_expr_depth}).
 * </ul>
 *
 * <p>Cases listed in {@code rhai/known-failures.txt} ({@code area/case: reason}) must fail: one
 * that passes is reported, so the list stays honest.
 */
class RhaiCaseFilesTest {
  /** Names of the limits in {@code // expect limit:} and the error kinds they mean. */
  static final Map<String, ErrorKind> LIMITS = Map.of(
      "OPERATIONS", ErrorKind.ErrorTooManyOperations,
      "CALL_LEVELS", ErrorKind.ErrorStackOverflow,
      "TIMEOUT", ErrorKind.ErrorTimeout,
      "MEMORY", ErrorKind.ErrorMemoryLimit,
      "DATA_SIZE", ErrorKind.ErrorDataTooLarge,
      "MODULES", ErrorKind.ErrorTooManyModules,
      "EXPR_DEPTH", ErrorKind.ErrorParsing);

  private static final RhaiEngine ENGINE = RhaiEngine.builder()
      .moduleResolver(path -> path.equals("hello")
          ? java.util.Optional.of("export const greeting = \"hi\";") : java.util.Optional.empty())
      .build();

  @TestFactory
  Stream<DynamicTest> caseFiles() throws IOException, URISyntaxException {
    Path root = Path.of(RhaiCaseFilesTest.class.getResource("/rhai").toURI());
    Map<String, String> known = knownFailures(root.resolve("known-failures.txt"));
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".rhai")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    return files.stream().map(p -> {
      String id = root.relativize(p).toString().replace('\\', '/').replace(".rhai", "");
      return DynamicTest.dynamicTest(id, () -> check(id, read(p), known.get(id)));
    });
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> knownFailures(Path file) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int colon = t.indexOf(':');
      m.put(t.substring(0, colon).strip(), t.substring(colon + 1).strip());
    }
    return m;
  }

  private static void check(String id, String source, String knownReason) {
    String problem = problem(source);
    if (knownReason == null) {
      if (problem != null) {
        fail(id + ": " + problem);
      }
    } else if (problem == null) {
      fail(id + " passes now: remove it from known-failures.txt (" + knownReason + ")");
    }
  }

  /** What is wrong with running {@code source}, or null when every expectation holds. */
  static String problem(String source) {
    Map<String, List<String>> exp = expectations(source);
    Limits limits = limits(exp.getOrDefault("limits", List.of()));
    List<String> printed = new ArrayList<>();
    OutputSink sink = new OutputSink() {
      @Override
      public void print(String text) {
        printed.add(text);
      }

      @Override
      public void debug(String text, String src, Position pos) {
        printed.add(text);
      }
    };
    Object value = null;
    RhaiError error = null;
    try {
      RhaiScript script = ENGINE.compile(source, limits);
      value = ENGINE.run(script, RunOptions.defaults().withLimits(limits).withOutput(sink));
    } catch (RhaiError e) {
      error = e;
    }
    List<String> output = exp.getOrDefault("output", List.of());
    if (!output.isEmpty() && !output.equals(printed)) {
      return "printed " + printed + ", expected " + output;
    }
    return error == null ? valueProblem(exp, value) : errorProblem(exp, error);
  }

  private static String valueProblem(Map<String, List<String>> exp, Object value) {
    String shown = Values.toDebug(value);
    if (!exp.containsKey("value")) {
      return "no error, value " + shown;
    }
    String want = exp.get("value").get(0);
    return want.equals(shown) ? null : "value " + shown + ", expected " + want;
  }

  private static String errorProblem(Map<String, List<String>> exp, RhaiError e) {
    String got = e.kind() + " at " + e.position().line() + ":" + e.position().column() + " ("
        + e.getMessage() + ")";
    if (exp.containsKey("limit")) {
      ErrorKind k = LIMITS.get(exp.get("limit").get(0));
      return e.kind() == k ? null : "error " + got + ", expected limit " + k;
    }
    if (!exp.containsKey("error")) {
      return "error " + got;
    }
    String[] want = exp.get("error").get(0).split(" at ");
    if (!e.kind().name().equals(want[0].strip())) {
      return "error " + got + ", expected " + exp.get("error").get(0);
    }
    if (want.length > 1 && !want[1].strip()
        .equals(e.position().line() + ":" + e.position().column())) {
      return "error " + got + ", expected position " + want[1].strip();
    }
    List<String> msg = exp.getOrDefault("message", List.of());
    if (!msg.isEmpty() && !msg.get(0).equals(e.getMessage().replace("\n", " | "))) {
      return "message '" + e.getMessage() + "', expected '" + msg.get(0) + "'";
    }
    return null;
  }

  private static Map<String, List<String>> expectations(String source) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String line : source.split("\n")) {
      String t = line.strip();
      String[][] keys = {{"// expect error:", "error"}, {"// expect message:", "message"},
          {"// expect limit:", "limit"}, {"// expect output:", "output"},
          {"// expect:", "value"}, {"// limits:", "limits"}};
      for (String[] k : keys) {
        if (t.startsWith(k[0])) {
          m.computeIfAbsent(k[1], x -> new ArrayList<>()).add(t.substring(k[0].length()).strip());
          break;
        }
      }
    }
    return m;
  }

  private static Limits limits(List<String> specs) {
    Limits l = Limits.DEFAULT;
    for (String spec : specs) {
      for (String kv : spec.split("\\s+")) {
        String[] p = kv.split("=");
        long n = Long.parseLong(p[1]);
        l = switch (p[0]) {
          case "max_operations" -> l.withMaxOperations(n);
          case "max_call_levels" -> l.withMaxCallLevels((int) n);
          case "timeout_ms" -> l.withTimeout(Duration.ofMillis(n));
          case "max_memory" -> l.withMaxMemoryBytes(n);
          case "max_string_size" -> l.withSizes(n, l.maxArraySize(), l.maxMapSize());
          case "max_array_size" -> l.withSizes(l.maxStringSize(), n, l.maxMapSize());
          case "max_map_size" -> l.withSizes(l.maxStringSize(), l.maxArraySize(), n);
          case "max_modules" -> l.withMaxModules((int) n);
          case "max_expr_depth" -> l.withMaxExprDepths((int) n, (int) n);
          default -> throw new IllegalArgumentException("unknown limit " + p[0]);
        };
      }
    }
    return l;
  }
}
