package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.RhaiEngine;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RunOptions;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Runs script snippets for the package tests. Case tables are text blocks with one case per line,
 * {@code script ==> expected}, where {@code expected} is the debug form of the script's value or
 * {@code ERROR <kind>: <message>} for an error (the message as Rhai displays it, lines
 * joined with {@code " | "}).
 */
final class ScriptCases {
  static final RhaiEngine ENGINE = RhaiEngine.create();

  private ScriptCases() {}

  /** The debug form of the script's value, or {@code ERROR kind: message}. */
  static String show(String script) {
    return show(script, Limits.DEFAULT);
  }

  /** Like {@link #show(String)} under {@code limits}. */
  static String show(String script, Limits limits) {
    try {
      Object v = ENGINE.run(ENGINE.compile(script), RunOptions.defaults().withLimits(limits));
      return Values.toDebug(v);
    } catch (RhaiError e) {
      // Closure names hash their body; tests compare them as anon$HASH.
      return "ERROR " + e.kind() + ": "
          + e.getMessage().replace("\n", " | ").replaceAll("anon\\$[0-9a-f]{16}", "anon\\$HASH");
    }
  }

  /** Parses a case table into (script, expected) arguments. */
  static Stream<Arguments> cases(String table) {
    List<Arguments> out = new ArrayList<>();
    for (String line : table.split("\n")) {
      if (line.isBlank() || line.startsWith("//")) {
        continue;
      }
      int at = line.lastIndexOf(" ==> ");
      if (at < 0) {
        throw new IllegalArgumentException("no ' ==> ' in case: " + line);
      }
      out.add(Arguments.of(line.substring(0, at).trim(), line.substring(at + 5).trim()));
    }
    return out.stream();
  }
}
