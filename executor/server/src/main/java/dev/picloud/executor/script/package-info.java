/**
 * The engine-neutral script API: a {@link dev.picloud.executor.script.ScriptEngine} per language compiles source into
 * a thread-safe {@link dev.picloud.executor.script.CompiledScript} and runs it for one {@link
 * dev.picloud.executor.script.Invocation} within {@link dev.picloud.executor.script.SandboxLimits}; failures are the
 * sealed {@link dev.picloud.executor.script.ScriptError} family with source positions.
 */
package dev.picloud.executor.script;
