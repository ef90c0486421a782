package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.List;

/**
 * The basics of strings, arrays, maps and BLOBs the core needs ({@code len}, {@code push},
 * {@code contains} for {@code in}, {@code is_empty}, …). The full standard library packages
 * extend this.
 */
public final class BasicCollectionsPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn1("len", RhaiArray.class, a -> (long) a.size());
    t.getter("len", RhaiArray.class, (c, a) -> (long) ((RhaiArray) a[0]).size());
    t.fn1("is_empty", RhaiArray.class, a -> a.size() == 0);
    t.getter("is_empty", RhaiArray.class, (c, a) -> ((RhaiArray) a[0]).size() == 0);
    t.fn1("len", RhaiMap.class, m -> (long) m.size());
    t.fn1("is_empty", RhaiMap.class, m -> m.size() == 0);
    t.fn1("len", RhaiBlob.class, b -> (long) b.size());
    t.getter("len", RhaiBlob.class, (c, a) -> (long) ((RhaiBlob) a[0]).size());

    t.mutFn("push", BasicCollectionsPackage::push, RhaiArray.class, Object.class);
    t.mutFn("append", (c, a) -> {
      RhaiArray x = (RhaiArray) a[0];
      List<Object> l = x.mut();
      for (Object o : ((RhaiArray) a[1]).view()) {
        l.add(Values.share(o));
      }
      c.budget().checkGrowth(x, x.size(), false, c.position());
      return Unit.INSTANCE;
    }, RhaiArray.class, RhaiArray.class);
    t.mutFn("pop", (c, a) -> {
      List<Object> l = ((RhaiArray) a[0]).mut();
      return l.isEmpty() ? Unit.INSTANCE : l.remove(l.size() - 1);
    }, RhaiArray.class);
    t.mutFn("pad", (c, a) -> {
      RhaiArray x = (RhaiArray) a[0];
      long n = (Long) a[1];
      if (n > x.size()) {
        c.budget().checkGrowth(x, (int) Math.min(Integer.MAX_VALUE, n), false, c.position());
        List<Object> l = x.mut();
        while (l.size() < n) {
          l.add(Values.share(a[2]));
        }
      }
      return Unit.INSTANCE;
    }, RhaiArray.class, Long.class, Object.class);
    t.fn("contains", (c, a) -> {
      for (Object o : ((RhaiArray) a[0]).view()) {
        if (eq(c, o, a[1])) {
          return true;
        }
      }
      return false;
    }, RhaiArray.class, Object.class);
    t.fn2("contains", RhaiMap.class, String.class, (m, k) -> m.get(k) != null);
    t.fn2("contains", RhaiMap.class, RhaiChar.class, (m, k) -> m.get(k.toString()) != null);
    t.fn2("contains", RhaiRange.class, Long.class, RhaiRange::contains);
    t.fn2("contains", RhaiRangeInclusive.class, Long.class, RhaiRangeInclusive::contains);
    t.fn2("contains", RhaiBlob.class, Long.class, (b, v) -> {
      for (int i = 0; i < b.size(); i++) {
        if (b.get(i) == v) {
          return true;
        }
      }
      return false;
    });
    t.fn1("keys", RhaiMap.class, m -> new RhaiArray(m.view().keySet()));
    t.fn1("values", RhaiMap.class, m -> {
      RhaiArray r = new RhaiArray(m.size());
      m.view().values().forEach(v -> r.add(Values.share(v)));
      return r;
    });
    t.fn("map", (c, a) -> {
      RhaiArray src = (RhaiArray) a[0];
      RhaiArray r = new RhaiArray(src.size());
      List<Object> items = src.view();
      for (int i = 0; i < items.size(); i++) {
        r.add(callback(c, (FnPtr) a[1], Values.share(items.get(i)), i));
      }
      return r;
    }, RhaiArray.class, FnPtr.class);
    t.fn("filter", (c, a) -> {
      RhaiArray src = (RhaiArray) a[0];
      RhaiArray r = new RhaiArray();
      List<Object> items = src.view();
      for (int i = 0; i < items.size(); i++) {
        if (truthy(c, callback(c, (FnPtr) a[1], Values.share(items.get(i)), i))) {
          r.add(Values.share(items.get(i)));
        }
      }
      return r;
    }, RhaiArray.class, FnPtr.class);
  }

  private static Object push(NativeCallContext c, Object[] a) {
    RhaiArray x = (RhaiArray) a[0];
    x.add(a[1]);
    int n = x.size();
    if ((n & 1023) == 0) {
      c.budget().checkGrowth(x, n, false, c.position());
    }
    return Unit.INSTANCE;
  }

  static boolean eq(NativeCallContext c, Object a, Object b) {
    return c.valuesEqual(a, b);
  }

  static boolean truthy(NativeCallContext c, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw Errors.mismatch(c.typeName(v), "bool", c.position());
  }

  /**
   * Calls an array callback with (element) or (element, index), or with {@code this} = element
   * when it takes one parameter fewer; errors are wrapped with the builtin's name.
   */
  static Object callback(NativeCallContext c, FnPtr f, Object elem, long index) {
    int arity = c.arity(f);
    try {
      if (arity == 2) {
        return c.call(f, elem, index);
      }
      if (arity == 0) {
        return c.callWithThis(elem, f);
      }
      return c.call(f, elem);
    } catch (RhaiError e) {
      if (!e.catchable()) {
        throw e;
      }
      throw RhaiRuntimeError.inFunctionCall(c.functionName(), e, c.position());
    }
  }

  static RhaiError arith(String m) {
    return Errors.of(ErrorKind.ErrorArithmetic, m);
  }
}
