package dev.picloud.executor.script.rhai.builtins;

/**
 * Rhai's {@code Logic} package for script-visible types: {@code !} and {@code min}/{@code max}
 * of INT and FLOAT (mixed pairs give FLOAT). The comparison operators themselves are built-in
 * operators ({@code Ops}); the package's other rows are for host-only number types. Float
 * {@code min}/{@code max} use plain IEEE comparisons ({@code x >= y ? x : y}), not the
 * epsilon comparison of the {@code >=} operator, so a NaN argument picks the other one or NaN
 * depending on its position, exactly as in Rhai.
 */
public final class LogicPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn1("!", Boolean.class, b -> !b);
    t.fn2("max", Long.class, Long.class, (x, y) -> x >= y ? x : y);
    t.fn2("min", Long.class, Long.class, (x, y) -> x <= y ? x : y);
    t.fn2("max", Double.class, Double.class, LogicPackage::max);
    t.fn2("min", Double.class, Double.class, LogicPackage::min);
    t.fn2("max", Long.class, Double.class, (x, y) -> max((double) x, y));
    t.fn2("min", Long.class, Double.class, (x, y) -> min((double) x, y));
    t.fn2("max", Double.class, Long.class, (x, y) -> max(x, (double) y));
    t.fn2("min", Double.class, Long.class, (x, y) -> min(x, (double) y));
  }

  private static Double max(double x, double y) {
    return x >= y ? x : y;
  }

  private static Double min(double x, double y) {
    return x <= y ? x : y;
  }
}
