package dev.picloud.executor;

import dev.picloud.executor.engine.rhai.RhaiScriptEngine;
import dev.picloud.executor.sdk.LogModule;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.sdk.stdlib.Base64Module;
import dev.picloud.executor.sdk.stdlib.HexModule;
import dev.picloud.executor.sdk.stdlib.JsonModule;
import dev.picloud.executor.sdk.stdlib.RandomModule;
import dev.picloud.executor.sdk.stdlib.RegexModule;
import dev.picloud.executor.sdk.stdlib.TimeModule;
import dev.picloud.executor.sdk.stdlib.UrlModule;
import dev.picloud.executor.script.ScriptEngine;
import java.time.Clock;
import java.util.List;

/** The script engines every executor runs, with the SDK modules bound. */
public final class Engines {
  private Engines() {}

  /** The SDK modules scripts get, reading the time from the system clock. */
  public static List<SdkModule> sdk() {
    return sdk(Clock.systemUTC());
  }

  /** The SDK modules scripts get, reading the time from {@code clock} (tests pass a fixed one). */
  public static List<SdkModule> sdk(Clock clock) {
    return List.of(
        new LogModule(),
        new RegexModule(),
        new RandomModule(),
        new TimeModule(clock),
        new JsonModule(),
        new Base64Module(),
        new HexModule(),
        new UrlModule());
  }

  /** One instance of each engine. */
  public static ScriptEngine[] all() {
    return new ScriptEngine[] {new RhaiScriptEngine(sdk())};
  }
}
