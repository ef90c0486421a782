package dev.picloud.executor;

import dev.picloud.executor.script.ScriptEngine;

/** The script engines every executor runs. */
public final class Engines {
  private Engines() {}

  /** One instance of each engine. */
  public static ScriptEngine[] all() {
    // The Rhai and JavaScript engines are registered here as they land (issues 3 and 4).
    return new ScriptEngine[0];
  }
}
