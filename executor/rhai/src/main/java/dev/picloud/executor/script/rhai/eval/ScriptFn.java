package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.Position;

/** A compiled script function: parameter slots, frame size and body node. */
public final class ScriptFn {
  final String name;
  final int[] paramSlots;
  final int slotCount;
  final boolean isPrivate;
  final String thisType;
  final int capturedCount;
  final Position pos;
  Node body;
  CompiledUnit unit;
  /** Names used but not declared in the body, with their slots (for {@code f!()} calls). */
  java.util.Map<String, Integer> externals = java.util.Map.of();
  /** Parameter names, captured variables first (for {@code get_fn_metadata_list}). */
  java.util.List<String> paramNames = java.util.List.of();

  ScriptFn(String name, int[] paramSlots, int slotCount, boolean isPrivate, String thisType,
      int capturedCount, Position pos) {
    this.name = name;
    this.paramSlots = paramSlots;
    this.slotCount = slotCount;
    this.isPrivate = isPrivate;
    this.thisType = thisType;
    this.capturedCount = capturedCount;
    this.pos = pos;
  }

  /** Function name. */
  public String name() {
    return name;
  }

  /** Number of parameters (captured variables included for closures). */
  public int arity() {
    return paramSlots.length;
  }

  /** Whether declared {@code private}. */
  public boolean isPrivate() {
    return isPrivate;
  }

  /** Declared parameter count, without captured variables. */
  public int declaredArity() {
    return paramSlots.length - capturedCount;
  }
}
