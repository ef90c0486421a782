package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.ModuleResolver;
import dev.picloud.executor.script.rhai.builtins.FunctionTable;
import java.util.Map;

/**
 * The immutable, thread-safe part of an engine the evaluator needs: global native functions,
 * host modules by namespace, and the module resolver.
 *
 * @param natives global native functions (standard packages plus host functions)
 * @param hostModules native modules by namespace ({@code kv::get})
 * @param moduleConstants constants of host modules by namespace
 * @param resolver resolver for {@code import}
 */
public record EngineCore(
    FunctionTable natives,
    Map<String, FunctionTable> hostModules,
    Map<String, Map<String, Object>> moduleConstants,
    ModuleResolver resolver) {}
