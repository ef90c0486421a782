package dev.picloud.executor.script.rhai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.picloud.executor.script.rhai.cli.CaseResult;
import dev.picloud.executor.script.rhai.cli.ConformanceRunner;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs Rhai's conformance corpus ({@code ../shared/conformance/*.jsonl} next to the repository
 * root, or {@code -Drhai.conformance.dir=...}) through the same runner as {@code rhai-run
 * --corpus}, reports pass/fail by kind, and fails if fewer cases pass than the ratchet in {@code
 * conformance-ratchet.txt}. Skipped when the corpus folder is absent.
 */
public class RhaiConformanceTest {
  private static final String[] FILES = {"rhai-tests.jsonl", "rhai-tests-extra.jsonl"};

  /** The conformance corpus folder ({@code -Drhai.conformance.dir} or {@code ../shared/conformance}). */
  public static Path corpusDir() {
    String prop = System.getProperty("rhai.conformance.dir");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve(".git"))
          || (Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("executor")))) {
        return dir.resolve("../shared/conformance").normalize();
      }
      dir = dir.getParent();
    }
    return Path.of("../shared/conformance");
  }

  @Test
  void corpusPassCountDoesNotDropBelowRatchet() throws IOException {
    Path dir = corpusDir();
    assumeTrue(Files.isDirectory(dir),
        "Rhai conformance corpus not found at " + dir + " (set -Drhai.conformance.dir); skipping");
    ByteArrayOutputStream scriptOutput = new ByteArrayOutputStream();
    ConformanceRunner runner =
        new ConformanceRunner(new PrintStream(scriptOutput, true, StandardCharsets.UTF_8));
    int passed = 0;
    int failed = 0;
    Map<String, int[]> byKind = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (String name : FILES) {
      Path file = dir.resolve(name);
      if (!Files.exists(file)) {
        continue;
      }
      for (RhaiMap c : ConformanceRunner.readCases(file)) {
        CaseResult r = runner.run(c);
        int[] k = byKind.computeIfAbsent(r.expectedKind(), x -> new int[2]);
        if (r.pass()) {
          passed++;
          k[0]++;
        } else {
          failed++;
          k[1]++;
          failures.add(r.id() + ": " + r.reason());
        }
      }
    }
    StringBuilder report = new StringBuilder("Rhai conformance: ");
    report.append(passed).append(" passed, ").append(failed).append(" failed; by kind:");
    byKind.forEach((k, v) -> report.append(' ').append(k).append(' ').append(v[0]).append('/')
        .append(v[0] + v[1]));
    System.out.println(report);
    failures.stream().limit(Long.getLong("rhai.conformance.showFailures", 25))
        .forEach(f -> System.out.println("  FAIL " + f));
    int ratchet = Integer.parseInt(Files.readString(Path.of("conformance-ratchet.txt")).trim());
    assertThat(passed).as("conformance passes (ratchet %d)", ratchet).isGreaterThanOrEqualTo(ratchet);
  }
}
