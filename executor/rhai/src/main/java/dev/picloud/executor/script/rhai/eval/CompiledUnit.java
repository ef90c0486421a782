package dev.picloud.executor.script.rhai.eval;

import java.util.Collection;
import java.util.Map;

/**
 * A compiled script or module: the main body, its frame layout, the function table (by {@code
 * name/arity}, typed methods by {@code type.name/arity}) and the host-variable slots. Immutable
 * once built; shared by all runs.
 */
public final class CompiledUnit {
  final Node main;
  final int mainSlots;
  final Map<String, ScriptFn> functions;
  final Map<String, Integer> externals;
  final boolean hasNamedFunctions;
  final String source;
  final Map<String, Integer> exports;

  CompiledUnit(Node main, int mainSlots, Map<String, ScriptFn> functions,
      Map<String, Integer> externals, boolean hasNamedFunctions, String source,
      Map<String, Integer> exports) {
    this.exports = exports;
    this.main = main;
    this.mainSlots = mainSlots;
    this.functions = functions;
    this.externals = externals;
    this.hasNamedFunctions = hasNamedFunctions;
    this.source = source;
  }

  /** The script function {@code name} with {@code arity} parameters, or null. */
  public ScriptFn function(String name, int arity) {
    return functions.get(name + "/" + arity);
  }

  /** A typed method {@code fn type.name(...)}, or null. */
  public ScriptFn typedMethod(String type, String name, int arity) {
    return functions.get(type + "." + name + "/" + arity);
  }

  /** All functions. */
  public Collection<ScriptFn> functions() {
    return functions.values();
  }

  /** Names of variables the script uses without declaring them (host variables), with slots. */
  public Map<String, Integer> externals() {
    return externals;
  }
}
