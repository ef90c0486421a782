package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.sandbox.Sizes;

/**
 * An append buffer that {@code s += t} leaves in a plain local variable's slot so that building a
 * string in a loop is linear, not quadratic. It never escapes the slot: every read of the slot
 * turns it back into a {@code String} (see {@code Nodes.Local}, {@code ChainNodes.VarPlace}).
 */
final class StrBuf implements CharSequence {
  private final StringBuilder sb;
  /** UTF-8 length, tracked only when a string size limit is set (-1 otherwise). */
  private long bytes = -1;

  StrBuf(String s) {
    this.sb = new StringBuilder(Math.max(16, s.length() * 2)).append(s);
  }

  void append(String t, Runtime rt, Position pos) {
    sb.append(t);
    var budget = rt.budget;
    if (budget.tracksStringBytes()) {
      bytes = bytes < 0 ? Sizes.utf8Length(sb.toString())
          : bytes + Sizes.utf8Length(t);
    }
    budget.checkAppend(sb.length(), bytes, t.length(), pos);
  }

  @Override
  public int length() {
    return sb.length();
  }

  @Override
  public char charAt(int index) {
    return sb.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return sb.subSequence(start, end);
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
