package dev.picloud.executor.script.rhai;

import java.util.Map;

/**
 * Options of one run.
 *
 * @param variables variables pushed into the script's top scope, as plain Java values ({@code
 *     null}, Boolean, Long/Integer, Double, String, List, Map, byte[]) or script values
 * @param limits the sandbox limits
 * @param output where {@code print}/{@code debug} go
 * @param hostContext an opaque object native functions can read ({@code
 *     NativeCallContext.hostContext()}), e.g. per-invocation state; may be null
 * @param moduleResolver overrides the engine's module resolver when non-null
 */
public record RunOptions(
    Map<String, Object> variables,
    Limits limits,
    OutputSink output,
    Object hostContext,
    ModuleResolver moduleResolver) {

  /** Defaults: no variables, {@link Limits#DEFAULT}, stdout, no host context. */
  public static RunOptions defaults() {
    return new RunOptions(Map.of(), Limits.DEFAULT, OutputSink.STDOUT, null, null);
  }

  /** Returns a copy with these variables. */
  public RunOptions withVariables(Map<String, Object> vars) {
    return new RunOptions(vars, limits, output, hostContext, moduleResolver);
  }

  /** Returns a copy with these limits. */
  public RunOptions withLimits(Limits l) {
    return new RunOptions(variables, l, output, hostContext, moduleResolver);
  }

  /** Returns a copy with this output sink. */
  public RunOptions withOutput(OutputSink o) {
    return new RunOptions(variables, limits, o, hostContext, moduleResolver);
  }

  /** Returns a copy with this host context. */
  public RunOptions withHostContext(Object ctx) {
    return new RunOptions(variables, limits, output, ctx, moduleResolver);
  }

  /** Returns a copy with this module resolver. */
  public RunOptions withModuleResolver(ModuleResolver r) {
    return new RunOptions(variables, limits, output, hostContext, r);
  }
}
