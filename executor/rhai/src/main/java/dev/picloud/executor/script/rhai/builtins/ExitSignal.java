package dev.picloud.executor.script.rhai.builtins;

/** {@code exit(value)}: ends the whole run with a value; passes through {@code try}. */
public final class ExitSignal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The script's result. */
  public final transient Object value;

  /** Creates the signal. */
  public ExitSignal(Object value) {
    super("exit", null, false, false);
    this.value = value;
  }
}
