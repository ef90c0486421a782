package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;

/**
 * Rhai's {@code LanguageCore} and {@code BasicFn} packages plus the conversion functions of
 * {@code BasicString} ({@code to_string}, {@code to_debug}, {@code to_hex}, …).
 */
public final class CorePackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn("exit", (c, a) -> {
      throw new ExitSignal(Unit.INSTANCE);
    });
    t.fn("exit", (c, a) -> {
      throw new ExitSignal(a[0]);
    }, Object.class);
    t.mutFn("take", CorePackage::take, Object.class);
    t.fn("tag", (c, a) -> (long) tagOf(a[0]), Object.class);
    t.getter("tag", Object.class, (c, a) -> (long) tagOf(a[0]));
    t.mutFn("set_tag", CorePackage::setTag, Object.class, Long.class);
    t.setter("tag", Object.class, Long.class, CorePackage::setTag);
    t.fn("sleep", (c, a) -> sleep(c, (double) (long) (Long) a[0]), Long.class);
    t.fn("sleep", (c, a) -> sleep(c, (Double) a[0]), Double.class);
    t.fn("parse_json", (c, a) -> Json.parseObject((String) a[0]), String.class);
    t.fn("to_json", (c, a) -> Json.write(a[0]), RhaiMap.class);

    t.fn1("name", FnPtr.class, FnPtr::name);
    t.getter("name", FnPtr.class, (c, a) -> ((FnPtr) a[0]).name());
    t.fn1("is_anonymous", FnPtr.class, FnPtr::isAnonymous);
    t.getter("is_anonymous", FnPtr.class, (c, a) -> ((FnPtr) a[0]).isAnonymous());

    t.fn("to_string", (c, a) -> Values.toDisplay(a[0]), Object.class);
    t.fn("to_debug", (c, a) -> Values.toDebug(a[0]), Object.class);
    t.fn1("to_hex", Long.class, v -> Long.toHexString(v));
    t.fn1("to_octal", Long.class, v -> Long.toOctalString(v));
    t.fn1("to_binary", Long.class, v -> Long.toBinaryString(v));
    t.fn1("to_int", RhaiChar.class, ch -> (long) ch.codePoint());
  }

  private static Object take(NativeCallContext c, Object[] a) {
    Object v = a[0];
    a[0] = Unit.INSTANCE;
    return v;
  }

  static int tagOf(Object v) {
    return switch (v) {
      case RhaiArray x -> x.tag;
      case RhaiMap x -> x.tag;
      case RhaiBlob x -> x.tag;
      case FnPtr x -> x.tag;
      default -> 0;
    };
  }

  private static Object setTag(NativeCallContext c, Object[] a) {
    long n = (Long) a[1];
    if (n > Short.MAX_VALUE) {
      throw Errors.of(ErrorKind.ErrorArithmetic,
          n + " is too large to fit into a tag (must be between -32768 and 32767)");
    }
    if (n < Short.MIN_VALUE) {
      throw Errors.of(ErrorKind.ErrorArithmetic,
          n + " is too small to fit into a tag (must be between -32768 and 32767)");
    }
    short s = (short) n;
    switch (a[0]) {
      case RhaiArray x -> x.tag = s;
      case RhaiMap x -> x.tag = s;
      case RhaiBlob x -> x.tag = s;
      case FnPtr x -> x.tag = s;
      default -> {
        // Tags on primitive values are not kept in this implementation (see docs).
      }
    }
    return Unit.INSTANCE;
  }

  /** Waits, but at most until the run's deadline (see {@code Budget.sleep}). */
  private static Object sleep(NativeCallContext c, double seconds) {
    c.budget().sleep(seconds, c.position());
    return Unit.INSTANCE;
  }
}
