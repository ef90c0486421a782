package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.ErrorKind;

/** Rhai's {@code Arithmetic} package: unary operators, {@code abs}, {@code sign}, parity tests. */
public final class ArithmeticPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn1("-", Long.class, x -> {
      if (x == Long.MIN_VALUE) {
        throw Errors.arithmetic("Negation overflow: -" + x);
      }
      return -x;
    });
    t.fn1("-", Double.class, x -> -x);
    t.fn1("+", Long.class, x -> x);
    t.fn1("+", Double.class, x -> x);
    t.fn1("abs", Long.class, x -> {
      if (x == Long.MIN_VALUE) {
        throw Errors.arithmetic("Negation overflow: -" + x);
      }
      return Math.abs(x);
    });
    t.fn1("abs", Double.class, Math::abs);
    t.fn1("sign", Long.class, x -> (long) Long.signum(x));
    t.fn1("sign", Double.class, x -> {
      if (Double.isNaN(x)) {
        throw Errors.of(ErrorKind.ErrorArithmetic, "Sign of NaN is undefined");
      }
      return x == 0.0 ? 0L : x > 0 ? 1L : -1L;
    });
    t.fn1("is_zero", Long.class, x -> x == 0);
    t.fn1("is_zero", Double.class, x -> x == 0.0);
    t.fn1("is_odd", Long.class, x -> x % 2 != 0);
    t.fn1("is_even", Long.class, x -> x % 2 == 0);
    t.getter("is_zero", Long.class, (c, a) -> (Long) a[0] == 0);
    t.getter("is_zero", Double.class, (c, a) -> (Double) a[0] == 0.0);
    t.getter("is_odd", Long.class, (c, a) -> (Long) a[0] % 2 != 0);
    t.getter("is_even", Long.class, (c, a) -> (Long) a[0] % 2 == 0);
  }
}
