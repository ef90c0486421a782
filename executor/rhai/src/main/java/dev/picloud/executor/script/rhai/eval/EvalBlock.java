package dev.picloud.executor.script.rhai.eval;

/**
 * A block containing an {@code eval} call: when it ends, variables of outer blocks that the
 * eval'd code redeclared with {@code let} get their old values back (the shadowing ends with
 * the block, as in Rhai's scope rewinding).
 */
final class EvalBlock extends Node {
  final Nodes.Block inner;

  EvalBlock(Nodes.Block inner) {
    super(inner.pos);
    this.inner = inner;
  }

  @Override
  public Object eval(Frame f) {
    int mark = f.evalUndo == null ? 0 : f.evalUndo.size();
    try {
      return inner.eval(f);
    } finally {
      var undo = f.evalUndo;
      if (undo != null) {
        for (int i = undo.size() - 2; i >= mark; i -= 2) {
          f.slots[(Integer) undo.get(i)] = undo.get(i + 1);
        }
        while (undo.size() > mark) {
          undo.remove(undo.size() - 1);
        }
      }
    }
  }
}
