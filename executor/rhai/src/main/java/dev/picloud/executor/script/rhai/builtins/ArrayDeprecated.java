package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.Unit;

/**
 * The deprecated array functions that take the callback as a function name ({@code
 * a.map("f")}): each builds {@code Fn(name)} (same name checks) and runs the pointer form. {@code
 * index_of} with a string is special: when no function of that name can be called it searches
 * for an element equal to the string instead.
 */
final class ArrayDeprecated {
  private ArrayDeprecated() {}

  static void register(FunctionTable.Builder t) {
    t.mutFn("map", (c, a) -> ArrayFunctional.map(c, (RhaiArray) a[0], fn(a[1])),
        RhaiArray.class, String.class);
    t.mutFn("filter", (c, a) -> ArrayFunctional.filter(c, (RhaiArray) a[0], fn(a[1])),
        RhaiArray.class, String.class);
    t.mutFn("drain", (c, a) -> ArrayFunctional.drainWhere(c, (RhaiArray) a[0], fn(a[1]), true),
        RhaiArray.class, String.class);
    t.mutFn("retain", (c, a) -> ArrayFunctional.drainWhere(c, (RhaiArray) a[0], fn(a[1]), false),
        RhaiArray.class, String.class);
    t.fn("some", (c, a) -> ArrayFunctional.some(c, (RhaiArray) a[0], fn(a[1]), true),
        RhaiArray.class, String.class);
    t.fn("all", (c, a) -> !ArrayFunctional.some(c, (RhaiArray) a[0], fn(a[1]), false),
        RhaiArray.class, String.class);
    t.fn("reduce", (c, a) -> ArrayFunctional.reduce(c, (RhaiArray) a[0], fn(a[1]),
        Unit.INSTANCE, false), RhaiArray.class, String.class);
    t.fn("reduce", (c, a) -> ArrayFunctional.reduce(c, (RhaiArray) a[0], fn(a[1]), a[2], false),
        RhaiArray.class, String.class, Object.class);
    t.fn("reduce_rev", (c, a) -> ArrayFunctional.reduce(c, (RhaiArray) a[0], fn(a[1]),
        Unit.INSTANCE, true), RhaiArray.class, String.class);
    t.fn("reduce_rev", (c, a) -> ArrayFunctional.reduce(c, (RhaiArray) a[0], fn(a[1]), a[2],
        true), RhaiArray.class, String.class, Object.class);
    t.fn("index_of", (c, a) -> indexOfNamed(c, (RhaiArray) a[0], (String) a[1], 0),
        RhaiArray.class, String.class);
    t.fn("index_of", (c, a) -> indexOfNamed(c, (RhaiArray) a[0], (String) a[1], (Long) a[2]),
        RhaiArray.class, String.class, Long.class);
  }

  private static FnPtr fn(Object name) {
    return Callbacks.pointerTo((String) name);
  }

  /**
   * {@code index_of(array, "name")}: the function {@code name} as predicate; if it does not exist
   * (or the string is no valid function name), the index of an element equal to the string.
   */
  static long indexOfNamed(NativeCallContext c, RhaiArray x, String name, long start) {
    if (x.size() == 0) {
      return -1;
    }
    try {
      return ArrayFunctional.indexOf(c, x, Callbacks.pointerTo(name), start);
    } catch (RhaiError e) {
      if (!missing(e, name)) {
        throw e;
      }
    }
    return ArrayFunctional.indexOfValue(c, x, name, start);
  }

  /** Whether {@code e} (possibly wrapped by the builtin) says function {@code name} is missing. */
  private static boolean missing(RhaiError e, String name) {
    RhaiError inner = e;
    if (e instanceof RhaiRuntimeError r && e.kind() == ErrorKind.ErrorInFunctionCall
        && r.inner() != null) {
      inner = r.inner();
    }
    if (inner.kind() == ErrorKind.ErrorParsing) {
      return true;
    }
    if (inner.kind() != ErrorKind.ErrorFunctionNotFound) {
      return false;
    }
    Object sig = inner.fields().get("function");
    return sig instanceof String s && s.startsWith(name);
  }
}
