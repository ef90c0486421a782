package dev.picloud.executor.script.rhai.analysis;

/**
 * One variable's home: a slot index in its function's frame.
 *
 * <p>{@code captured} means some closure captures it, so the slot may hold a shared cell and the
 * evaluator must use cell-aware access. {@code external} marks a name used but never declared in
 * that frame: its slot starts empty ("Variable not found") unless the host pushed a variable of
 * that name (top level) or {@code eval} defined it. {@code global} marks a module alias or
 * constant that lives in the main frame but is read from a function.
 */
public final class VarSlot {
  /** Variable name (module aliases are stored as {@code "::alias"}). */
  public final String name;
  /** Slot index in the frame (closure captures get theirs once the body is resolved). */
  public int slot;
  /** Declared with {@code const}. */
  public final boolean isConst;
  /** Name used but not declared in this frame. */
  public final boolean external;
  /** Lives in the main (top-level) frame while being used from a function. */
  public final boolean global;
  /** Captured by a closure somewhere (set during analysis, final before node building). */
  public boolean captured;

  VarSlot(String name, int slot, boolean isConst, boolean external, boolean global) {
    this.name = name;
    this.slot = slot;
    this.isConst = isConst;
    this.external = external;
    this.global = global;
  }

  /** A view of a main-frame slot for use from a function body. */
  VarSlot asGlobal() {
    VarSlot v = new VarSlot(name, slot, isConst, external, true);
    v.captured = captured;
    return v;
  }

  @Override
  public String toString() {
    return name + "@" + slot;
  }
}
