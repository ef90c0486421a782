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
  static Object eval(String source) {
    return ENGINE.eval(source);
  }

  /** The script's value in debug form ({@code "a"} quoted, chars bare, arrays as {@code [..]}). */
  static String show(String source) {
    return Values.toDebug(eval(source));
  }

  /** The error the script raises under {@code limits}. */
  static RhaiError error(String source, Limits limits) {
    try {
      ENGINE.run(ENGINE.compile(source), RunOptions.defaults().withLimits(limits));
    } catch (RhaiError e) {
      return e;
    }
    throw new AssertionError("no error: " + source);
  }

  /** The error the script raises under the default limits. */
  static RhaiError error(String source) {
    return error(source, Limits.DEFAULT);
  }
}
