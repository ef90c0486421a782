package dev.picloud.executor.sdk;

import dev.picloud.common.json.Json;
import dev.picloud.executor.Engines;
import dev.picloud.executor.engine.rhai.RhaiScriptEngine;
import dev.picloud.executor.script.Invocation;
import dev.picloud.executor.script.SandboxLimits;
import dev.picloud.executor.script.ScriptError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs Rhai snippets through the real engine with the whole SDK bound, a fixed clock ({@link #NOW}) and the log lines
 * collected, for tests that state what a script sees.
 */
public final class RhaiSnippets {
  /** What {@code time::now()} returns in tests. */
  public static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  private static final RhaiScriptEngine ENGINE = new RhaiScriptEngine(Engines.sdk(Clock.fixed(NOW, ZoneOffset.UTC)));

  private final List<String> logs = new ArrayList<>();
  private Map<String, Object> ctx = Map.of();
  private Duration timeout = Duration.ofSeconds(20);

  /** Uses {@code ctx} as the script's {@code ctx}. */
  public RhaiSnippets withCtx(Map<String, Object> ctx) {
    this.ctx = ctx;
    return this;
  }

  /** Gives runs this much time. */
  public RhaiSnippets withTimeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  /** The script's value as a plain Java value ({@code null}, Boolean, Long, Double, String, List, Map, byte[]). */
  public Object run(String source) {
    SandboxLimits limits = new SandboxLimits(timeout, 0, 64L << 20, 64);
    return ENGINE.run(
        ENGINE.compile(source),
        new Invocation(ctx, limits, this::log, System.nanoTime() + timeout.toNanos()));
  }

  /** The error the script fails with. */
  public ScriptError error(String source) {
    try {
      Object value = run(source);
      throw new AssertionError("expected the script to fail, but it returned " + value);
    } catch (ScriptError e) {
      return e;
    }
  }

  /** What {@code catch (e)} receives when {@code statement} fails inside {@code try}. */
  public Object caught(String statement) {
    return run("let caught = \"<no error>\"; try { " + statement + "; } catch (e) { caught = e; } caught");
  }

  /** Log lines so far, as {@code level|message|data-json}. */
  public List<String> logs() {
    return List.copyOf(logs);
  }

  private void log(String level, String message, Object data) {
    logs.add(level + "|" + message + "|" + (data == null ? "" : Json.write(data)));
  }
}
