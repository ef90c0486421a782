package dev.picloud.executor.script.rhai.value;

/** The unit value {@code ()}: the "nothing" of Rhai. A singleton. */
public final class Unit {
  /** The only instance. */
  public static final Unit INSTANCE = new Unit();

  private Unit() {}

  @Override
  public String toString() {
    return "()";
  }
}
