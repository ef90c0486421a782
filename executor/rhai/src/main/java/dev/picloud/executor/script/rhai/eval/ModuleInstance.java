package dev.picloud.executor.script.rhai.eval;

import java.util.Map;

/**
 * A loaded module bound to an alias: its exported (read-only) variables, its functions (script
 * module) and sub-modules.
 *
 * @param path the import path
 * @param variables exported variables
 * @param unit the module's compiled code (functions), or null for host modules
 * @param frame the module's top-level frame (its functions' {@code global::} view), or null
 * @param subModules modules the module imported with an alias
 */
public record ModuleInstance(
    String path,
    Map<String, Object> variables,
    CompiledUnit unit,
    Frame frame,
    Map<String, ModuleInstance> subModules) {}
