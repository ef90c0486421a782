package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.builtins.Errors;
import dev.picloud.executor.script.rhai.value.Values;

/** Base of all executable nodes: one small final subclass per construct. */
public abstract class Node {
  /** Source position (for errors). */
  public final Position pos;

  /** Creates a node at {@code pos}. */
  protected Node(Position pos) {
    this.pos = pos;
  }

  /** Evaluates to a script value ready to be stored (containers already copied). */
  public abstract Object eval(Frame f);

  /**
   * Evaluates without the value-semantics copy, for reading through (indexing, property access,
   * method receivers, operands). Callers must not store the result.
   */
  public Object evalRef(Frame f) {
    return eval(f);
  }

  /** Evaluates as a condition: the value must be a bool. */
  public boolean evalBool(Frame f) {
    Object v = evalRef(f);
    if (v instanceof Boolean b) {
      return b;
    }
    throw Errors.mismatch(Values.typeName(v), "bool", pos);
  }
}
