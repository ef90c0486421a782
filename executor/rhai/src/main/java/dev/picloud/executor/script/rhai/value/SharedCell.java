package dev.picloud.executor.script.rhai.value;

/**
 * A variable captured by a closure: the enclosing scope and every closure that captured it hold
 * the same cell, so assignments on either side are seen by the other ({@code is_shared} is true).
 */
public final class SharedCell {
  /** The current value; never itself a {@code SharedCell}. */
  public Object value;

  /** Set while the variable is the receiver of an ongoing method call (data-race detection). */
  public boolean locked;

  /** Creates a cell holding {@code value}. */
  public SharedCell(Object value) {
    this.value = value;
  }
}
