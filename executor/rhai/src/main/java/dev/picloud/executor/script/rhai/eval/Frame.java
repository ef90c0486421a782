package dev.picloud.executor.script.rhai.eval;

/** The activation of one function (or the main script): its variable slots and {@code this}. */
public final class Frame {
  /** Variable slots (see {@code analysis.VarSlot}). */
  public final Object[] slots;
  /** The run this frame belongs to. */
  public final Runtime rt;
  /** The compiled script (or module) whose code runs in this frame. */
  public final CompiledUnit unit;
  /** The bound {@code this}, or null when unbound. */
  public Object thisValue;
  /** Value carried by a {@code break}/{@code return} signal. */
  public Object signalValue;

  /**
   * Outer variables an {@code eval} shadowed with {@code let} inside a block, as (slot, old
   * value) pairs; the block restores them when it ends (see {@code EvalBlock}).
   */
  java.util.ArrayList<Object> evalUndo;

  /** Creates a frame with {@code size} empty slots. */
  public Frame(int size, Runtime rt, CompiledUnit unit) {
    this.slots = new Object[size];
    this.rt = rt;
    this.unit = unit;
  }
}
