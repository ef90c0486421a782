package dev.picloud.executor.invoke;

import dev.picloud.common.catalog.ScriptResolver;
import dev.picloud.common.catalog.ScriptSource;
import dev.picloud.common.exec.ExecutorClient;
import dev.picloud.common.id.ScriptId;
import dev.picloud.common.json.JsonSyntaxException;
import dev.picloud.executor.script.CompiledScript;
import dev.picloud.executor.script.Invocation;
import dev.picloud.executor.script.SandboxLimits;
import dev.picloud.executor.script.ScriptEngine;
import dev.picloud.executor.script.ScriptError;
import dev.picloud.executor.script.ScriptHostError;
import dev.picloud.executor.script.ScriptLimitExceeded;
import dev.picloud.executor.script.ScriptSyntaxError;
import dev.picloud.proto.v1.ErrorDetail;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.Outcome;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The executor's in-process {@link ExecutorClient}: runs one invocation and reports every failure as an outcome.
 *
 * <p>Engines stop a run at its deadline cooperatively. As a backstop for a run stuck where the engine cannot check
 * (a blocking host call), a watchdog interrupts the running thread one second after the deadline.
 */
public final class InvocationService implements ExecutorClient {
  private static final System.Logger LOG = System.getLogger(InvocationService.class.getName());
  private static final long WATCHDOG_GRACE_MS = 1_000;

  private final ScriptResolver catalog;
  private final ScriptEngines engines;
  private final CompiledScriptCache cache;
  private final SandboxPolicy policy;
  private final String executorId;
  private final ScheduledExecutorService watchdog;

  public InvocationService(
      ScriptResolver catalog,
      ScriptEngines engines,
      CompiledScriptCache cache,
      SandboxPolicy policy,
      String executorId) {
    this.catalog = catalog;
    this.engines = engines;
    this.cache = cache;
    this.policy = policy;
    this.executorId = executorId;
    this.watchdog =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "executor-watchdog");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public ExecResponse execute(ExecRequest request) {
    long started = System.nanoTime();
    ExecResponse.Builder out = ExecResponse.newBuilder().setExecutorId(executorId);
    LogCapture logs = new LogCapture(1_000, 256 * 1024, 8 * 1024);
    try {
      run(request, out, logs);
    } finally {
      out.addAllLogs(logs.entries());
      out.setLogsTruncated(logs.truncated());
      out.setDurationUs((System.nanoTime() - started) / 1_000);
    }
    return out.build();
  }

  private void run(ExecRequest request, ExecResponse.Builder out, LogCapture logs) {
    Optional<CompiledScriptCache.Entry> resolved = resolve(request);
    if (resolved.isEmpty()) {
      fail(out, Outcome.OUTCOME_NOT_FOUND, 404, "ErrorScriptNotFound",
          "script " + request.getScriptId() + " version " + request.getScriptVersion() + " does not exist", null);
      return;
    }
    CompiledScriptCache.Entry entry = resolved.get();
    if (entry.syntaxError() != null) {
      fail(out, Outcome.OUTCOME_SCRIPT_ERROR, 502, entry.syntaxError().kind(), entry.syntaxError().getMessage(),
          entry.syntaxError());
      return;
    }
    ScriptEngine engine = engines.find(entry.compiled().language()).orElseThrow();
    SandboxLimits limits = policy.limitsFor(entry.source().limits());
    long deadline = deadlineNanos(request, limits);
    Map<String, Object> ctx;
    try {
      ctx = ContextBuilder.build(request, entry.source().name(), entry.source().appId().toString());
    } catch (JsonSyntaxException e) {
      out.setOutcome(Outcome.OUTCOME_BAD_REQUEST)
          .setStatusCode(400)
          .setError(
              ErrorDetail.newBuilder()
                  .setKind("invalid_json")
                  .setMessage("the request body is declared JSON but does not parse: " + e.getMessage())
                  .setLine((int) e.line())
                  .setColumn((int) e.column()));
      return;
    }
    Thread runner = Thread.currentThread();
    long delayMs = Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) + WATCHDOG_GRACE_MS;
    ScheduledFuture<?> alarm = watchdog.schedule(runner::interrupt, delayMs, TimeUnit.MILLISECONDS);
    try {
      Object value = engine.run(entry.compiled(), new Invocation(ctx, limits, logs, deadline));
      ResponseMapper.apply(value, out);
      out.setOutcome(Outcome.OUTCOME_OK);
    } catch (ScriptLimitExceeded e) {
      switch (e.limit()) {
        case TIMEOUT -> fail(out, Outcome.OUTCOME_TIMEOUT, 504, e.kind(), e.getMessage(), e);
        case OPERATIONS, MEMORY -> fail(out, Outcome.OUTCOME_BUDGET_EXCEEDED, 507, e.kind(), e.getMessage(), e);
        default -> fail(out, Outcome.OUTCOME_SCRIPT_ERROR, 502, e.kind(), e.getMessage(), e);
      }
    } catch (ScriptHostError e) {
      LOG.log(Level.WARNING, "A platform service failed during execution " + request.getExecutionId(), e);
      fail(out, Outcome.OUTCOME_PLATFORM_ERROR, 500, e.kind(), e.getMessage(), e);
    } catch (ScriptError e) {
      fail(out, Outcome.OUTCOME_SCRIPT_ERROR, 502, e.kind(), e.getMessage(), e);
    } catch (ResponseMapper.BadResponseException e) {
      fail(out, Outcome.OUTCOME_SCRIPT_ERROR, 502, "ErrorBadResponse", e.getMessage(), null);
    } finally {
      alarm.cancel(false);
      // An interrupt from the watchdog that arrived after the run ended must not leak into the next request.
      Thread.interrupted();
    }
  }

  private Optional<CompiledScriptCache.Entry> resolve(ExecRequest request) {
    ScriptId id;
    try {
      id = ScriptId.parse(request.getScriptId());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    long version = request.getScriptVersion();
    if (version > 0) {
      Optional<CompiledScriptCache.Entry> cached = cache.get(id, version);
      if (cached.isPresent()) {
        return cached;
      }
    }
    Optional<ScriptSource> source = catalog.script(id, version);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    Optional<CompiledScriptCache.Entry> cached = cache.get(id, source.get().version());
    if (cached.isPresent()) {
      return cached;
    }
    CompiledScriptCache.Entry entry = compile(source.get());
    cache.put(entry);
    return Optional.of(entry);
  }

  private CompiledScriptCache.Entry compile(ScriptSource source) {
    Optional<ScriptEngine> engine = engines.find(source.language());
    if (engine.isEmpty()) {
      return new CompiledScriptCache.Entry(
          source,
          null,
          new ScriptSyntaxError(
              "ErrorUnsupportedLanguage",
              "this executor cannot run " + source.language() + " scripts (it runs " + engines.languages() + ")",
              dev.picloud.executor.script.SourceSpan.UNKNOWN,
              null));
    }
    try {
      CompiledScript compiled = engine.get().compile(source.source());
      return new CompiledScriptCache.Entry(source, compiled, null);
    } catch (ScriptSyntaxError e) {
      return new CompiledScriptCache.Entry(source, null, e);
    }
  }

  private static long deadlineNanos(ExecRequest request, SandboxLimits limits) {
    long now = System.nanoTime();
    long deadline = now + limits.timeout().toNanos();
    if (request.getDeadlineUnixMs() > 0) {
      long callerLeft = TimeUnit.MILLISECONDS.toNanos(request.getDeadlineUnixMs() - System.currentTimeMillis());
      deadline = Math.min(deadline, now + Math.max(0, callerLeft));
    }
    return deadline;
  }

  private static void fail(
      ExecResponse.Builder out, Outcome outcome, int status, String kind, String message, ScriptError error) {
    ErrorDetail.Builder detail = ErrorDetail.newBuilder().setKind(kind).setMessage(message == null ? "" : message);
    if (error != null) {
      detail.setLine(error.span().line()).setColumn(error.span().column()).addAllCallStack(error.callStack());
    }
    out.setOutcome(outcome).setStatusCode(status).setError(detail);
  }

  /** Stops the watchdog thread. */
  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}
