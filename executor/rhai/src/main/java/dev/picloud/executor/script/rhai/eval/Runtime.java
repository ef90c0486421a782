package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.OutputSink;
import dev.picloud.executor.script.rhai.sandbox.Budget;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.HashMap;
import java.util.Map;

/** The mutable state of one run: budget, call depth, output, host context, loaded modules. */
public final class Runtime {
  final EngineCore engine;
  /** The run's sandbox budget. */
  public final Budget budget;
  final OutputSink out;
  final Object hostContext;
  final int maxDepth;
  int depth;
  Frame mainFrame;
  final Map<String, ModuleInstance> modules = new HashMap<>();
  int modulesImported;
  Object caught;

  /** Creates the state of one run. */
  public Runtime(EngineCore engine, Budget budget, OutputSink out, Object hostContext) {
    this.engine = engine;
    this.budget = budget;
    this.out = out;
    this.hostContext = hostContext;
    this.maxDepth = budget.limits().maxCallLevels();
  }

  /** Type name of a value, registered custom types included. */
  public String typeName(Object v) {
    if (v != null) {
      String n = engine.natives().typeNames().get(v.getClass());
      if (n != null) {
        return n;
      }
    }
    return Values.typeName(v);
  }

  /** Current depth of nested script calls. */
  public int depth() {
    return depth;
  }
}
