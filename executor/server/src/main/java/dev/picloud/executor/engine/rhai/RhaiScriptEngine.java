package dev.picloud.executor.engine.rhai;

import dev.picloud.executor.sdk.SdkContext;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.script.CompiledScript;
import dev.picloud.executor.script.Invocation;
import dev.picloud.executor.script.SandboxLimits;
import dev.picloud.executor.script.ScriptEngine;
import dev.picloud.executor.script.ScriptLimitExceeded;
import dev.picloud.executor.script.ScriptRuntimeError;
import dev.picloud.executor.script.ScriptSyntaxError;
import dev.picloud.executor.script.SourceSpan;
import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.JavaValues;
import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.OutputSink;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiEngine;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiLimitError;
import dev.picloud.executor.script.rhai.RhaiParseError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.RhaiScript;
import dev.picloud.executor.script.rhai.RunOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rhai scripts: one shared {@link RhaiEngine} with the SDK bound, compiled scripts shared across runs. {@code ctx} is
 * pushed into the script's scope; {@code print}/{@code debug} go to the execution log.
 */
public final class RhaiScriptEngine implements ScriptEngine {
  /** The language name scripts are saved with. */
  public static final String LANGUAGE = "rhai";

  private final RhaiEngine engine;

  public RhaiScriptEngine(List<SdkModule> sdk) {
    RhaiEngine.Builder builder = RhaiEngine.builder();
    RhaiSdkBinder.bind(builder, sdk);
    this.engine = builder.build();
  }

  private record Compiled(RhaiScript script) implements CompiledScript {
    @Override
    public String language() {
      return LANGUAGE;
    }
  }

  @Override
  public String language() {
    return LANGUAGE;
  }

  @Override
  public CompiledScript compile(String source) {
    try {
      return new Compiled(engine.compile(source));
    } catch (RhaiParseError e) {
      throw new ScriptSyntaxError(e.type().name(), e.messageWithoutPosition(), span(e.position()), e);
    }
  }

  @Override
  public Object run(CompiledScript script, Invocation invocation) {
    Object ctxValue = invocation.ctx();
    SdkContext sdk =
        new SdkContext(
            str(invocation.ctx().get("execution_id")),
            str(invocation.ctx().get("app_id")),
            str(invocation.ctx().get("script_id")),
            invocation.output(),
            invocation.deadlineNanos());
    RunOptions options =
        RunOptions.defaults()
            .withVariables(Map.of("ctx", ctxValue))
            .withLimits(limits(invocation))
            .withOutput(new LogSink(invocation))
            .withHostContext(sdk);
    try {
      return JavaValues.toJava(engine.run(((Compiled) script).script(), options));
    } catch (RhaiLimitError e) {
      throw limit(e);
    } catch (RhaiRuntimeError e) {
      if (e.kind() == ErrorKind.ErrorInFunctionCall || e.kind() == ErrorKind.ErrorInModule) {
        RhaiError inner = innermost(e);
        if (inner instanceof RhaiLimitError limitError) {
          throw limit(limitError, callStack(e));
        }
      }
      RhaiError inner = innermost(e);
      throw new ScriptRuntimeError(
          inner.kind().name(), inner.messageWithoutPosition(), span(inner.position()), callStack(e), e);
    } catch (RhaiError e) {
      throw new ScriptRuntimeError(e.kind().name(), e.messageWithoutPosition(), span(e.position()), List.of(), e);
    }
  }

  private static Limits limits(Invocation invocation) {
    SandboxLimits s = invocation.limits();
    long left = Math.max(1, invocation.deadlineNanos() - System.nanoTime());
    return Limits.DEFAULT
        .withMaxOperations(s.maxOperations())
        .withMaxCallLevels(s.maxCallLevels())
        .withMaxMemoryBytes(s.memoryBytes())
        .withTimeout(Duration.ofNanos(left));
  }

  private static ScriptLimitExceeded limit(RhaiLimitError e) {
    return limit(e, List.of());
  }

  private static ScriptLimitExceeded limit(RhaiLimitError e, List<String> stack) {
    ScriptLimitExceeded.Limit which =
        switch (e.kind()) {
          case ErrorTimeout, ErrorTerminated -> ScriptLimitExceeded.Limit.TIMEOUT;
          case ErrorTooManyOperations -> ScriptLimitExceeded.Limit.OPERATIONS;
          case ErrorMemoryLimit, ErrorDataTooLarge -> ScriptLimitExceeded.Limit.MEMORY;
          case ErrorStackOverflow -> ScriptLimitExceeded.Limit.CALL_DEPTH;
          default -> ScriptLimitExceeded.Limit.OTHER;
        };
    return new ScriptLimitExceeded(which, e.kind().name(), e.messageWithoutPosition(), span(e.position()), stack, e);
  }

  /** Follows ErrorInFunctionCall/ErrorInModule wrappers to the error that actually happened. */
  private static RhaiError innermost(RhaiError e) {
    RhaiError current = e;
    while (current instanceof RhaiRuntimeError r && r.inner() != null) {
      current = r.inner();
    }
    return current;
  }

  /** The calls into user functions, outermost first: {@code name @ line:column} of each call site. */
  private static List<String> callStack(RhaiError e) {
    List<String> stack = new ArrayList<>();
    RhaiError current = e;
    while (current instanceof RhaiRuntimeError r && r.inner() != null) {
      String name = String.valueOf(r.fields().getOrDefault("function", r.fields().getOrDefault("module", "?")));
      if (name.startsWith("anon$")) {
        name = "<closure>";
      }
      stack.add(name + " @ " + span(r.position()));
      current = r.inner();
    }
    return stack;
  }

  private static SourceSpan span(Position p) {
    return p == null || p.isNone() ? SourceSpan.UNKNOWN : new SourceSpan(p.line(), p.column());
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  /** {@code print} and {@code debug} as log lines of the execution. */
  private record LogSink(Invocation invocation) implements OutputSink {
    @Override
    public void print(String text) {
      invocation.output().log("print", text, null);
    }

    @Override
    public void debug(String text, String source, Position pos) {
      invocation.output().log("debug", (pos.isNone() ? "" : pos.line() + ":" + pos.column() + " | ") + text, null);
    }
  }
}
