package dev.picloud.executor;

import dev.picloud.executor.engine.rhai.RhaiScriptEngine;
import dev.picloud.executor.sdk.LogModule;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.script.ScriptEngine;
import java.util.List;

/** The script engines every executor runs, with the SDK modules bound. */
public final class Engines {
  private Engines() {}

  /** The SDK modules scripts get. */
  public static List<SdkModule> sdk() {
    return List.of(new LogModule());
  }

  /** One instance of each engine. */
  public static ScriptEngine[] all() {
    return new ScriptEngine[] {new RhaiScriptEngine(sdk())};
  }
}
