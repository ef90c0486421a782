package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.sandbox.Sizes;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.Collections;
import java.util.List;

/**
 * Rhai's {@code BasicArrayPackage}: element access and editing here, slicing in {@link
 * ArraySlicing}, callback functions in {@link ArrayFunctional}, sorting and deduplication in
 * {@link ArraySorting}. The operators {@code ==}, {@code !=}, {@code +} and {@code +=} on arrays
 * are engine built-ins ({@code Ops}).
 *
 * <p>Functions Rhai declares with a non-pure {@code &mut} receiver are registered with {@code
 * mutFn} (so they fail on constants in method style), even the few that do not modify it ({@code
 * get}, {@code extract}). Elements handed out are copies ({@link Values#share}).
 */
public final class ArrayPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn1("len", RhaiArray.class, a -> (long) a.size());
    t.getter("len", RhaiArray.class, (c, a) -> (long) ((RhaiArray) a[0]).size());
    t.fn1("is_empty", RhaiArray.class, a -> a.size() == 0);
    t.getter("is_empty", RhaiArray.class, (c, a) -> ((RhaiArray) a[0]).size() == 0);
    t.mutFn("get", ArrayPackage::get, RhaiArray.class, Long.class);
    t.mutFn("set", ArrayPackage::set, RhaiArray.class, Long.class, Object.class);
    t.mutFn("push", ArrayPackage::push, RhaiArray.class, Object.class);
    t.mutFn("append", ArrayPackage::append, RhaiArray.class, RhaiArray.class);
    t.mutFn("insert", ArrayPackage::insert, RhaiArray.class, Long.class, Object.class);
    t.mutFn("pad", ArrayPackage::pad, RhaiArray.class, Long.class, Object.class);
    t.mutFn("pop", (c, a) -> {
      RhaiArray x = (RhaiArray) a[0];
      return x.size() == 0 ? Unit.INSTANCE : x.mut().remove(x.size() - 1);
    }, RhaiArray.class);
    t.mutFn("shift", (c, a) -> {
      RhaiArray x = (RhaiArray) a[0];
      return x.size() == 0 ? Unit.INSTANCE : x.mut().remove(0);
    }, RhaiArray.class);
    t.mutFn("remove", (c, a) -> {
      RhaiArray x = (RhaiArray) a[0];
      int i = ArrayIndex.index(x.size(), (Long) a[1]);
      return i < 0 ? Unit.INSTANCE : x.mut().remove(i);
    }, RhaiArray.class, Long.class);
    t.mutFn("clear", (c, a) -> {
      clear((RhaiArray) a[0]);
      return Unit.INSTANCE;
    }, RhaiArray.class);
    t.mutFn("truncate", ArrayPackage::truncate, RhaiArray.class, Long.class);
    t.mutFn("chop", ArrayPackage::chop, RhaiArray.class, Long.class);
    t.mutFn("reverse", (c, a) -> {
      RhaiArray x = (RhaiArray) a[0];
      if (x.size() > 1) {
        Collections.reverse(x.mut());
      }
      return Unit.INSTANCE;
    }, RhaiArray.class);
    ArraySlicing.register(t);
    ArrayFunctional.register(t);
    ArraySorting.register(t);
  }

  /** {@code get}: out of range gives {@code ()}; below {@code -length} reads element 0. */
  private static Object get(NativeCallContext c, Object[] a) {
    RhaiArray x = (RhaiArray) a[0];
    if (x.size() == 0) {
      return Unit.INSTANCE;
    }
    int i = ArrayIndex.span(x.size(), (Long) a[1], 0).start();
    return i >= x.size() ? Unit.INSTANCE : Values.share(x.get(i));
  }

  /** {@code set}: the same positions as {@link #get}; out of range changes nothing. */
  private static Object set(NativeCallContext c, Object[] a) {
    RhaiArray x = (RhaiArray) a[0];
    if (x.size() > 0) {
      int i = ArrayIndex.span(x.size(), (Long) a[1], 0).start();
      if (i < x.size()) {
        x.set(i, a[2]);
      }
    }
    return Unit.INSTANCE;
  }

  private static Object push(NativeCallContext c, Object[] a) {
    RhaiArray x = (RhaiArray) a[0];
    x.add(a[1]);
    c.budget().checkGrowth(x, x.size(), false, c.position());
    return Unit.INSTANCE;
  }

  private static Object append(NativeCallContext c, Object[] a) {
    RhaiArray x = (RhaiArray) a[0];
    RhaiArray y = (RhaiArray) a[1];
    if (y.size() > 0) {
      int before = x.size();
      addAll(x, y.view());
      ArrayIndex.grew(c, x, before, x.size(), false);
    }
    return Unit.INSTANCE;
  }

  /** {@code insert} before {@code index} (negative from the end, clamped); past the end appends. */
  private static Object insert(NativeCallContext c, Object[] a) {
    RhaiArray x = (RhaiArray) a[0];
    int i = ArrayIndex.span(x.size(), (Long) a[1], 0).start();
    if (i >= x.size()) {
      x.add(a[2]);
    } else {
      x.mut().add(i, a[2]);
    }
    c.budget().checkGrowth(x, x.size(), false, c.position());
    return Unit.INSTANCE;
  }

  /**
   * {@code pad}: the target size is checked against the sandbox before anything is allocated,
   * estimating the memory of the copies of {@code item}.
   */
  private static Object pad(NativeCallContext c, Object[] a) {
    RhaiArray x = (RhaiArray) a[0];
    long n = (Long) a[1];
    int size = x.size();
    if (n <= size) {
      return Unit.INSTANCE;
    }
    int target = ArrayIndex.requireSize(c, n);
    c.budget().checkGrowth(x, target, false, c.position());
    long mem = c.budget().memoryBudget();
    long added = 0;
    if (mem > 0) {
      // Every copy of the item counts (Rhai clones it); checked before anything is allocated.
      long item = 8 + Sizes.deep(a[2], mem);
      added = Math.min(Long.MAX_VALUE / 4, (long) (target - size) * item);
      c.budget().checkContainer(target, Sizes.deep(x, mem) + added, false, c.position());
    }
    List<Object> l = x.mut();
    if (l instanceof java.util.ArrayList<Object> al) {
      al.ensureCapacity(target);
    }
    Object item = a[2];
    l.add(item);
    while (l.size() < target) {
      l.add(Values.share(item));
    }
    c.budget().charge(added, x, c.position());
    return Unit.INSTANCE;
  }

  private static Object truncate(NativeCallContext c, Object[] a) {
    RhaiArray x = (RhaiArray) a[0];
    long n = (Long) a[1];
    if (n <= 0) {
      clear(x);
    } else if (n < x.size()) {
      x.mut().subList((int) n, x.size()).clear();
    }
    return Unit.INSTANCE;
  }

  private static Object chop(NativeCallContext c, Object[] a) {
    RhaiArray x = (RhaiArray) a[0];
    long n = (Long) a[1];
    if (n <= 0) {
      clear(x);
    } else if (n < x.size()) {
      x.mut().subList(0, x.size() - (int) n).clear();
    }
    return Unit.INSTANCE;
  }

  static void clear(RhaiArray x) {
    if (x.size() > 0) {
      x.mut().clear();
    }
  }

  /** Appends copies of {@code items} (which may be a view of {@code x} itself). */
  static void addAll(RhaiArray x, List<Object> items) {
    Object[] copy = items.toArray();
    List<Object> l = x.mut();
    for (Object o : copy) {
      l.add(Values.share(o));
    }
  }

  /** A new array holding copies of {@code items}. */
  static RhaiArray copyOf(List<Object> items) {
    RhaiArray r = new RhaiArray(items.size());
    List<Object> l = r.mut();
    for (Object o : items) {
      l.add(Values.share(o));
    }
    return r;
  }
}
