package dev.picloud.executor.script.rhai.builtins;

import java.util.Arrays;

/**
 * One registered native overload.
 *
 * @param name function name ({@code get$x}/{@code set$x} for property accessors, operator text
 *     for operators)
 * @param params parameter types: {@code Long}, {@code Double}, {@code Boolean}, {@code String},
 *     {@code RhaiChar}, {@code Unit}, {@code RhaiArray}, {@code RhaiMap}, {@code RhaiBlob}, {@code
 *     FnPtr}, {@code RhaiRange}, {@code RhaiRangeInclusive}, {@code Timestamp}, a custom class, or
 *     {@code Object} for "any type" (Rhai's {@code Dynamic})
 * @param function the implementation
 * @param pure false when the first argument is a mutable receiver (non-pure in Rhai's sense)
 */
public record NativeFn(String name, Class<?>[] params, NativeFunction function, boolean pure) {
  /** Number of parameters. */
  public int arity() {
    return params.length;
  }

  /**
   * Match score for these argument classes: -1 if no match, else a bitmask of the positions that
   * matched only as "any type" (lower is better; the last argument is the lowest bit, so
   * overloads generalising the last arguments are preferred, as in Rhai).
   */
  public int score(Class<?>[] argTypes) {
    int mask = 0;
    int n = params.length;
    for (int i = 0; i < n; i++) {
      Class<?> p = params[i];
      Class<?> a = argTypes[i];
      if (p == a) {
        continue;
      }
      if (p == Object.class) {
        mask |= 1 << (n - 1 - i);
      } else if (!p.isAssignableFrom(a)) {
        return -1;
      }
    }
    return mask;
  }

  @Override
  public String toString() {
    return name + Arrays.toString(params);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NativeFn f && f.name.equals(name) && Arrays.equals(f.params, params)
        && f.function == function && f.pure == pure;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(params);
  }
}
