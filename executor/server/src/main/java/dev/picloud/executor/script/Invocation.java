package dev.picloud.executor.script;

import java.util.Map;

/**
 * One run's inputs.
 *
 * @param ctx the value scripts see as {@code ctx}, as plain Java values
 * @param limits the sandbox limits
 * @param output where log lines go
 * @param deadlineNanos {@link System#nanoTime()} at which the run must stop
 */
public record Invocation(Map<String, Object> ctx, SandboxLimits limits, ScriptOutput output, long deadlineNanos) {}
