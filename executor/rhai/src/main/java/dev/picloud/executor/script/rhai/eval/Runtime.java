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
  /** The active frames, innermost last: the memory budget's roots (see {@link #visitRoots}). */
  private Frame[] frames = new Frame[16];
  private int frameCount;

  /** Creates the state of one run. */
  public Runtime(EngineCore engine, Budget budget, OutputSink out, Object hostContext) {
    this.engine = engine;
    this.budget = budget;
    this.out = out;
    this.hostContext = hostContext;
    this.maxDepth = budget.limits().maxCallLevels();
    budget.setRoots(this::visitRoots);
  }

  /** Makes {@code f} an active frame (its variables count as live data) until {@link #pop}. */
  void push(Frame f) {
    if (frameCount == frames.length) {
      frames = java.util.Arrays.copyOf(frames, frameCount * 2);
    }
    frames[frameCount++] = f;
  }

  /** Ends the innermost active frame. */
  void pop() {
    frames[--frameCount] = null;
  }

  /** Every value the run holds: the active frames' variables and {@code this}, the modules. */
  private void visitRoots(java.util.function.Consumer<Object> sink) {
    for (int i = 0; i < frameCount; i++) {
      visitFrame(frames[i], sink);
    }
    for (ModuleInstance m : modules.values()) {
      visitFrame(m.frame(), sink);
    }
  }

  private static void visitFrame(Frame f, java.util.function.Consumer<Object> sink) {
    for (Object v : f.slots) {
      if (v != null) {
        sink.accept(v);
      }
    }
    if (f.thisValue != null) {
      sink.accept(f.thisValue);
    }
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
