package dev.picloud.executor;

import dev.picloud.common.catalog.Invalidation;
import dev.picloud.common.catalog.ScriptResolver;
import dev.picloud.common.exec.ExecutorClient;
import dev.picloud.common.exec.ExecutorGrpcService;
import dev.picloud.common.exec.ScriptValidator;
import dev.picloud.executor.invoke.EngineValidator;
import dev.picloud.common.id.ScriptId;
import dev.picloud.executor.invoke.CompiledScriptCache;
import dev.picloud.executor.invoke.InvocationService;
import dev.picloud.executor.invoke.SandboxPolicy;
import dev.picloud.executor.invoke.ScriptEngines;
import dev.picloud.executor.script.ScriptEngine;
import io.grpc.BindableService;

/**
 * The executor, wired: engines, the compiled-script cache and the invocation service over a catalog. Launchers use
 * {@link #client()} in-process or serve {@link #grpcService()}.
 */
public final class ExecutorTier implements AutoCloseable {
  private final InvocationService invocations;
  private final ScriptEngines engines;
  private final String executorId;
  private final CompiledScriptCache cache;
  private final ScriptResolver.Subscription subscription;

  private ExecutorTier(ScriptResolver catalog, SandboxPolicy policy, String executorId, ScriptEngine... engines) {
    this.cache = new CompiledScriptCache(512);
    this.engines = new ScriptEngines(engines);
    this.executorId = executorId;
    this.invocations = new InvocationService(catalog, this.engines, cache, policy, executorId);
    // Versions are immutable, so only a deleted script needs evicting; the cache is bounded anyway.
    this.subscription =
        catalog.watch(
            inv -> {
              if (inv.kind() == Invalidation.Kind.SCRIPT && !inv.id().isEmpty()) {
                try {
                  ScriptId id = ScriptId.parse(inv.id());
                  if (catalog.script(id, 0).isEmpty()) {
                    cache.evict(id);
                  }
                } catch (RuntimeException e) {
                  // A malformed id cannot name a cached script.
                }
              }
            });
  }

  /**
   * Wires an executor.
   *
   * @param catalog where script sources come from
   * @param policy sandbox defaults and ceilings
   * @param executorId this executor's name in responses and logs
   * @param engines the languages it runs
   */
  public static ExecutorTier create(
      ScriptResolver catalog, SandboxPolicy policy, String executorId, ScriptEngine... engines) {
    return new ExecutorTier(catalog, policy, executorId, engines);
  }

  /** The in-process client. */
  public ExecutorClient client() {
    return invocations;
  }

  /** Compiles scripts without running them, for the manager's checks on save. */
  public ScriptValidator validator() {
    return new EngineValidator(engines);
  }

  /** The gRPC service serving {@code Execute}, {@code Validate} and {@code Describe}. */
  public BindableService grpcService() {
    return new ExecutorGrpcService(invocations, validator(), executorId);
  }

  /** A validator over the given engines (the all-in-one hands it to the manager before the executor exists). */
  public static ScriptValidator validator(ScriptEngine... engines) {
    return new EngineValidator(new ScriptEngines(engines));
  }

  /** Compiled scripts held. */
  public int cachedScripts() {
    return cache.size();
  }

  @Override
  public void close() {
    subscription.close();
    invocations.close();
  }
}
