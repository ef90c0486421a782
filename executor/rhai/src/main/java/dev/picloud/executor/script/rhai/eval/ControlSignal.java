package dev.picloud.executor.script.rhai.eval;

/**
 * {@code break}, {@code continue} and {@code return} as preallocated, stackless exceptions. They
 * carry no state (they are shared by all threads); the value travels in {@link Frame#signalValue}.
 */
public final class ControlSignal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code break}. */
  public static final ControlSignal BREAK = new ControlSignal("break");
  /** {@code continue}. */
  public static final ControlSignal CONTINUE = new ControlSignal("continue");
  /** A {@code ?.} / {@code ?[} link met {@code ()}: the rest of the chain is skipped. */
  public static final ControlSignal NULL_CHAIN = new ControlSignal("?.");

  /** {@code return}. */
  public static final ControlSignal RETURN = new ControlSignal("return");

  private ControlSignal(String name) {
    super(name, null, false, false);
  }
}
