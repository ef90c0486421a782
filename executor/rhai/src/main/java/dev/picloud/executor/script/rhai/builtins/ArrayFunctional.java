package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * The array functions driven by a callback or by {@code ==}: {@code map}, {@code filter}, {@code
 * for_each}, {@code reduce}, {@code reduce_rev}, {@code find}, {@code find_map}, {@code some},
 * {@code all}, {@code zip}, {@code contains}, {@code index_of} and the callback forms of {@code
 * drain} and {@code retain}. Callbacks follow {@link Callbacks}; the deprecated forms taking a
 * function name are registered by {@link ArrayDeprecated}.
 */
final class ArrayFunctional {
  private ArrayFunctional() {}

  static void register(FunctionTable.Builder t) {
    t.fn("map", (c, a) -> map(c, (RhaiArray) a[0], (FnPtr) a[1]), RhaiArray.class, FnPtr.class);
    t.fn("filter", (c, a) -> filter(c, (RhaiArray) a[0], (FnPtr) a[1]),
        RhaiArray.class, FnPtr.class);
    t.mutFn("for_each", (c, a) -> forEach(c, (RhaiArray) a[0], (FnPtr) a[1]),
        RhaiArray.class, FnPtr.class);
    t.fn("reduce", (c, a) -> reduce(c, (RhaiArray) a[0], (FnPtr) a[1], Unit.INSTANCE, false),
        RhaiArray.class, FnPtr.class);
    t.fn("reduce", (c, a) -> reduce(c, (RhaiArray) a[0], (FnPtr) a[1], a[2], false),
        RhaiArray.class, FnPtr.class, Object.class);
    t.fn("reduce_rev", (c, a) -> reduce(c, (RhaiArray) a[0], (FnPtr) a[1], Unit.INSTANCE, true),
        RhaiArray.class, FnPtr.class);
    t.fn("reduce_rev", (c, a) -> reduce(c, (RhaiArray) a[0], (FnPtr) a[1], a[2], true),
        RhaiArray.class, FnPtr.class, Object.class);
    t.fn("index_of", (c, a) -> (long) indexOf(c, (RhaiArray) a[0], (FnPtr) a[1], 0),
        RhaiArray.class, FnPtr.class);
    t.fn("index_of", (c, a) -> (long) indexOf(c, (RhaiArray) a[0], (FnPtr) a[1], (Long) a[2]),
        RhaiArray.class, FnPtr.class, Long.class);
    t.fn("find", (c, a) -> find(c, (RhaiArray) a[0], (FnPtr) a[1], 0),
        RhaiArray.class, FnPtr.class);
    t.fn("find", (c, a) -> find(c, (RhaiArray) a[0], (FnPtr) a[1], (Long) a[2]),
        RhaiArray.class, FnPtr.class, Long.class);
    t.fn("find_map", (c, a) -> findMap(c, (RhaiArray) a[0], (FnPtr) a[1], 0),
        RhaiArray.class, FnPtr.class);
    t.fn("find_map", (c, a) -> findMap(c, (RhaiArray) a[0], (FnPtr) a[1], (Long) a[2]),
        RhaiArray.class, FnPtr.class, Long.class);
    t.fn("some", (c, a) -> some(c, (RhaiArray) a[0], (FnPtr) a[1], true),
        RhaiArray.class, FnPtr.class);
    t.fn("all", (c, a) -> !some(c, (RhaiArray) a[0], (FnPtr) a[1], false),
        RhaiArray.class, FnPtr.class);
    t.fn("zip", (c, a) -> zip(c, (RhaiArray) a[0], (RhaiArray) a[1], (FnPtr) a[2]),
        RhaiArray.class, RhaiArray.class, FnPtr.class);
    t.mutFn("drain", (c, a) -> drainWhere(c, (RhaiArray) a[0], (FnPtr) a[1], true),
        RhaiArray.class, FnPtr.class);
    t.mutFn("retain", (c, a) -> drainWhere(c, (RhaiArray) a[0], (FnPtr) a[1], false),
        RhaiArray.class, FnPtr.class);
    t.fn("contains", (c, a) -> indexOfValue(c, (RhaiArray) a[0], a[1], 0) >= 0,
        RhaiArray.class, Object.class);
    t.fn("index_of", (c, a) -> (long) indexOfValue(c, (RhaiArray) a[0], a[1], 0),
        RhaiArray.class, Object.class);
    t.fn("index_of", (c, a) -> (long) indexOfValue(c, (RhaiArray) a[0], a[1], (Long) a[2]),
        RhaiArray.class, Object.class, Long.class);
    ArrayDeprecated.register(t);
  }

  static RhaiArray map(NativeCallContext c, RhaiArray x, FnPtr f) {
    Callbacks cb = Callbacks.of(c, f);
    RhaiArray r = new RhaiArray(x.size());
    for (int i = 0; i < x.size(); i++) {
      r.add(cb.element(Values.share(x.get(i)), i));
    }
    return r;
  }

  /** Keeps the elements whose callback returned {@code true} (as seen through {@code this}). */
  static RhaiArray filter(NativeCallContext c, RhaiArray x, FnPtr f) {
    Callbacks cb = Callbacks.of(c, f);
    RhaiArray r = new RhaiArray();
    for (int i = 0; i < x.size(); i++) {
      Object[] ref = {Values.share(x.get(i))};
      if (Callbacks.isTrue(cb.elementRef(ref, i))) {
        r.add(ref[0]);
      }
    }
    return r;
  }

  /** Binds each element to {@code this} by reference, so assignments update the array. */
  static Object forEach(NativeCallContext c, RhaiArray x, FnPtr f) {
    Callbacks cb = Callbacks.of(c, f, "map");
    for (int i = 0; i < x.size(); i++) {
      Object[] ref = {x.getMut(i)};
      cb.thisOnly(ref, i);
      if (i < x.size()) {
        x.set(i, ref[0]);
      }
    }
    return Unit.INSTANCE;
  }

  static Object reduce(NativeCallContext c, RhaiArray x, FnPtr f, Object initial, boolean rev) {
    Callbacks cb = Callbacks.of(c, f);
    Object acc = initial;
    int n = x.size();
    for (int k = 0; k < n && k < x.size(); k++) {
      int i = rev ? n - 1 - k : k;
      acc = cb.reduce(acc, Values.share(x.get(i)), i);
    }
    return acc;
  }

  /** Index of the first element at or after {@code start} whose callback returns true, or -1. */
  static int indexOf(NativeCallContext c, RhaiArray x, FnPtr f, long start) {
    if (x.size() == 0) {
      return -1;
    }
    Callbacks cb = Callbacks.of(c, f);
    for (int i = ArrayIndex.span(x.size(), start, 0).start(); i < x.size(); i++) {
      if (Callbacks.isTrue(cb.element(Values.share(x.get(i)), i))) {
        return i;
      }
    }
    return -1;
  }

  static Object find(NativeCallContext c, RhaiArray x, FnPtr f, long start) {
    int i = indexOf(c, x, f, start);
    return i < 0 ? Unit.INSTANCE : Values.share(x.get(i));
  }

  /** The first callback result that is not {@code ()}. */
  static Object findMap(NativeCallContext c, RhaiArray x, FnPtr f, long start) {
    if (x.size() == 0) {
      return Unit.INSTANCE;
    }
    Callbacks cb = Callbacks.of(c, f);
    for (int i = ArrayIndex.span(x.size(), start, 0).start(); i < x.size(); i++) {
      Object v = cb.element(Values.share(x.get(i)), i);
      if (!(v instanceof Unit)) {
        return v;
      }
    }
    return Unit.INSTANCE;
  }

  /**
   * {@code some} ({@code wanted} true): whether any callback returns true. {@code all} is {@code
   * !some(..., false)}: whether any callback returns something other than true.
   */
  static boolean some(NativeCallContext c, RhaiArray x, FnPtr f, boolean wanted) {
    Callbacks cb = Callbacks.of(c, f);
    for (int i = 0; i < x.size(); i++) {
      if (Callbacks.isTrue(cb.element(Values.share(x.get(i)), i)) == wanted) {
        return true;
      }
    }
    return false;
  }

  static RhaiArray zip(NativeCallContext c, RhaiArray x, RhaiArray y, FnPtr f) {
    Callbacks cb = Callbacks.of(c, f);
    int n = Math.min(x.size(), y.size());
    RhaiArray r = new RhaiArray(n);
    for (int i = 0; i < n && i < x.size() && i < y.size(); i++) {
      r.add(cb.plain(new Object[] {Values.share(x.get(i)), Values.share(y.get(i))}, (long) i));
    }
    return r;
  }

  /**
   * {@code drain} ({@code take} true) removes and returns the elements whose callback returns
   * true; {@code retain} keeps those and returns the others. Elements are bound to {@code this} by
   * reference. If a callback fails, the elements decided so far are already moved, as in Rhai.
   */
  static RhaiArray drainWhere(NativeCallContext c, RhaiArray x, FnPtr f, boolean take) {
    Callbacks cb = Callbacks.of(c, f);
    List<Object> l = x.mut();
    int n = l.size();
    List<Object> kept = new ArrayList<>(n);
    RhaiArray out = new RhaiArray();
    int i = 0;
    try {
      for (; i < n; i++) {
        Object[] ref = {l.get(i)};
        boolean hit = Callbacks.isTrue(cb.elementRef(ref, i));
        if (hit == take) {
          out.add(ref[0]);
        } else {
          kept.add(ref[0]);
        }
      }
    } finally {
      kept.addAll(l.subList(i, n));
      l.clear();
      l.addAll(kept);
    }
    return out;
  }

  /**
   * Index of the first element {@code ==} to {@code value} at or after {@code start}, or -1.
   * Elements of another type are unequal; the same type without {@code ==} is an error.
   */
  static int indexOfValue(NativeCallContext c, RhaiArray x, Object value, long start) {
    if (x.size() == 0) {
      return -1;
    }
    for (int i = ArrayIndex.span(x.size(), start, 0).start(); i < x.size(); i++) {
      if (c.valuesEqual(x.get(i), value)) {
        return i;
      }
    }
    return -1;
  }
}
