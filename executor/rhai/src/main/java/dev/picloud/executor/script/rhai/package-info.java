/**
 * The embedding API of PiCloud's Rhai engine: {@link dev.picloud.executor.script.rhai.RhaiEngine}
 * (built once, thread-safe), {@link dev.picloud.executor.script.rhai.RhaiScript} (compiled,
 * shareable), {@link dev.picloud.executor.script.rhai.RunOptions}, {@link
 * dev.picloud.executor.script.rhai.Limits} and the error types.
 */
package dev.picloud.executor.script.rhai;
