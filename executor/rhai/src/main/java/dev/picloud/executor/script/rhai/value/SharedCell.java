package dev.picloud.executor.script.rhai.value;

/**
 * A variable captured by a closure: the enclosing scope and every closure that captured it hold
 * the same cell, so assignments on either side are seen by the other ({@code is_shared} is true).
 */
public final class SharedCell {
  /** The current value; never itself a {@code SharedCell}. */
  public Object value;

  /** Creates a cell holding {@code value}. */
  public SharedCell(Object value) {
    this.value = value;
  }
}
