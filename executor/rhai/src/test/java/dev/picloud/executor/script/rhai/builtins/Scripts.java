package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.RhaiEngine;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RunOptions;
import dev.picloud.executor.script.rhai.value.Values;

/** Runs script snippets on a default engine for the package tests. */
final class Scripts {
  private static final RhaiEngine ENGINE = RhaiEngine.create();

  private Scripts() {}

  /** The script's value. */
  static Object eval(String script) {
    return ENGINE.eval(script);
  }

  /** The script's value in debug form ({@code [0102]}, {@code 1.0}, {@code "s"}). */
  static String show(String script) {
    return Values.toDebug(eval(script));
  }

  /** The error the script raises with the given limits. */
  static RhaiError error(String script, Limits limits) {
    try {
      ENGINE.run(ENGINE.compile(script), RunOptions.defaults().withLimits(limits));
    } catch (RhaiError e) {
      return e;
    }
    throw new AssertionError("no error: " + script);
  }

  /** The error the script raises with the default limits. */
  static RhaiError error(String script) {
    return error(script, Limits.DEFAULT);
  }
}
