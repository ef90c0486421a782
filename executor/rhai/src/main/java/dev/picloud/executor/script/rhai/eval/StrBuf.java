package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.Position;

/**
 * An append buffer that {@code s += t} leaves in a plain local variable's slot so that building a
 * string in a loop is linear, not quadratic. It never escapes the slot: every read of the slot
 * turns it back into a {@code String} (see {@code Nodes.Local}, {@code ChainNodes.VarPlace}).
 */
final class StrBuf {
  private final StringBuilder sb;

  StrBuf(String s) {
    this.sb = new StringBuilder(Math.max(16, s.length() * 2)).append(s);
  }

  void append(String t, Runtime rt, Position pos) {
    sb.append(t);
    int n = sb.length();
    if (n > 4096 && (n & 0xFFF) < t.length() + 1) {
      rt.budget.checkString(n, pos);
    } else if (n > (1 << 20)) {
      rt.budget.checkString(n, pos);
    }
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
