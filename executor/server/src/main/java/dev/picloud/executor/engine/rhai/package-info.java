/** The Rhai engine behind the engine-neutral {@link dev.picloud.executor.script.ScriptEngine}, with the SDK bound to it. */
package dev.picloud.executor.engine.rhai;
