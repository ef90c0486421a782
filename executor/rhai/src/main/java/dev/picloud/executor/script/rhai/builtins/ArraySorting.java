package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sort}, {@code sort_by}, {@code sort_desc}, {@code order}, {@code order_by}, {@code
 * order_desc} and {@code dedup}. Sorts are stable (Java's list sort, like Rust's {@code
 * sort_by}). The default ordering needs all elements of one type among INT, FLOAT, char, string,
 * bool and {@code ()}; a comparer returns an INT (its sign) or a bool ({@code true} = first
 * before second), anything else (or an error) orders by type only.
 */
final class ArraySorting {
  private ArraySorting() {}

  static void register(FunctionTable.Builder t) {
    t.mutFn("sort", (c, a) -> sortInPlace(c, (RhaiArray) a[0], false), RhaiArray.class);
    t.mutFn("sort_desc", (c, a) -> sortInPlace(c, (RhaiArray) a[0], true), RhaiArray.class);
    t.mutFn("sort", (c, a) -> sortBy(c, (RhaiArray) a[0], (FnPtr) a[1]),
        RhaiArray.class, FnPtr.class);
    t.mutFn("sort_by", (c, a) -> sortBy(c, (RhaiArray) a[0], (FnPtr) a[1]),
        RhaiArray.class, FnPtr.class);
    t.mutFn("sort", (c, a) -> sortBy(c, (RhaiArray) a[0], Callbacks.pointerTo((String) a[1])),
        RhaiArray.class, String.class);
    t.mutFn("order", (c, a) -> sorted(c, (RhaiArray) a[0], false), RhaiArray.class);
    t.mutFn("order_desc", (c, a) -> sorted(c, (RhaiArray) a[0], true), RhaiArray.class);
    t.mutFn("order", (c, a) -> orderBy(c, (RhaiArray) a[0], (FnPtr) a[1]),
        RhaiArray.class, FnPtr.class);
    t.mutFn("order_by", (c, a) -> orderBy(c, (RhaiArray) a[0], (FnPtr) a[1]),
        RhaiArray.class, FnPtr.class);
    t.mutFn("dedup", (c, a) -> dedup((RhaiArray) a[0], (p, q) -> safeEquals(c, p, q)),
        RhaiArray.class);
    t.mutFn("dedup", (c, a) -> dedupBy(c, (RhaiArray) a[0], (FnPtr) a[1]),
        RhaiArray.class, FnPtr.class);
    t.mutFn("dedup", (c, a) -> dedupBy(c, (RhaiArray) a[0], Callbacks.pointerTo((String) a[1])),
        RhaiArray.class, String.class);
  }

  private static Object sortInPlace(NativeCallContext c, RhaiArray x, boolean desc) {
    if (x.size() > 1) {
      Comparator<Object> cmp = naturalOrder(c, x.view());
      sort(c, x.mut(), desc ? cmp.reversed() : cmp);
    }
    return Unit.INSTANCE;
  }

  private static Object sorted(NativeCallContext c, RhaiArray x, boolean desc) {
    RhaiArray r = ArrayPackage.copyOf(x.view());
    sortInPlace(c, r, desc);
    return r;
  }

  private static Object sortBy(NativeCallContext c, RhaiArray x, FnPtr f) {
    if (x.size() > 1) {
      sort(c, x.mut(), comparer(Callbacks.of(c, f)));
    }
    return Unit.INSTANCE;
  }

  private static Object orderBy(NativeCallContext c, RhaiArray x, FnPtr f) {
    RhaiArray r = ArrayPackage.copyOf(x.view());
    sortBy(c, r, f);
    return r;
  }

  /**
   * Sorts with {@code cmp}. A comparer that is not a consistent total order may make the sort
   * give up; that becomes Rhai's runtime error "error in comparer for sorting".
   */
  private static void sort(NativeCallContext c, List<Object> l, Comparator<Object> cmp) {
    try {
      l.sort(cmp);
    } catch (IllegalArgumentException e) {
      throw RhaiRuntimeError.thrown("error in comparer for sorting", c.position());
    }
  }

  /** The default ordering of {@code items}, or Rhai's error when they cannot be sorted. */
  private static Comparator<Object> naturalOrder(NativeCallContext c, List<Object> items) {
    Class<?> type = items.get(0).getClass();
    for (Object o : items) {
      if (o.getClass() != type) {
        throw Errors.functionNotFound("elements of different types cannot be sorted",
            Position.NONE);
      }
    }
    if (type == Long.class) {
      return (p, q) -> Long.compare((Long) p, (Long) q);
    }
    if (type == Double.class) {
      return (p, q) -> {
        double u = (Double) p;
        double v = (Double) q;
        return u < v ? -1 : u > v ? 1 : 0;
      };
    }
    if (type == RhaiChar.class) {
      return (p, q) -> Integer.compare(((RhaiChar) p).codePoint(), ((RhaiChar) q).codePoint());
    }
    if (type == String.class) {
      return (p, q) -> RhaiMap.compareKeys((String) p, (String) q);
    }
    if (type == Boolean.class) {
      return (p, q) -> Boolean.compare((Boolean) p, (Boolean) q);
    }
    if (type == Unit.class) {
      return (p, q) -> 0;
    }
    throw Errors.functionNotFound(
        "elements of " + c.typeName(items.get(0)) + " cannot be sorted", Position.NONE);
  }

  /** A comparer callback as a Java comparator (see the class comment for the result rules). */
  private static Comparator<Object> comparer(Callbacks cb) {
    return (p, q) -> {
      Object r;
      try {
        r = Values.deref(cb.raw(Values.share(p), Values.share(q)));
      } catch (RhaiError e) {
        if (!e.catchable()) {
          throw e;
        }
        r = null;
      }
      if (r instanceof Long n) {
        return Long.signum(n);
      }
      if (r instanceof Boolean b) {
        return b ? -1 : 1;
      }
      return Values.typeName(p).compareTo(Values.typeName(q));
    };
  }

  /** {@code ==} for {@code dedup}: a pair without {@code ==} counts as different. */
  private static boolean safeEquals(NativeCallContext c, Object p, Object q) {
    try {
      return c.valuesEqual(p, q);
    } catch (RhaiError e) {
      if (!e.catchable()) {
        throw e;
      }
      return false;
    }
  }

  private static Object dedupBy(NativeCallContext c, RhaiArray x, FnPtr f) {
    Callbacks cb = Callbacks.of(c, f);
    return dedup(x, (prev, cur) -> {
      try {
        return Callbacks.isTrue(cb.raw(Values.share(prev), Values.share(cur)));
      } catch (RhaiError e) {
        if (!e.catchable()) {
          throw e;
        }
        return false;
      }
    });
  }

  /** Removes each element that {@code same(previousKept, element)} calls a duplicate. */
  private static Object dedup(RhaiArray x, Same same) {
    if (x.size() <= 1) {
      return Unit.INSTANCE;
    }
    List<Object> l = x.mut();
    List<Object> src = new ArrayList<>(l);
    List<Object> kept = new ArrayList<>(src.size());
    Object prev = src.get(0);
    kept.add(prev);
    for (int i = 1; i < src.size(); i++) {
      Object cur = src.get(i);
      if (!same.test(prev, cur)) {
        kept.add(cur);
        prev = cur;
      }
    }
    if (kept.size() < src.size()) {
      l.clear();
      l.addAll(kept);
    }
    return Unit.INSTANCE;
  }

  /** The duplicate test of {@code dedup}. */
  @FunctionalInterface
  private interface Same {
    boolean test(Object previousKept, Object current);
  }
}
