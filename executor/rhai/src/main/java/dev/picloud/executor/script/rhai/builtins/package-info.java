/**
 * The native function registry and the standard packages. A {@link
 * dev.picloud.executor.script.rhai.builtins.Package} registers small static methods into a {@link
 * dev.picloud.executor.script.rhai.builtins.FunctionTable.Builder}; call sites resolve them by name,
 * arity and argument types.
 */
package dev.picloud.executor.script.rhai.builtins;
