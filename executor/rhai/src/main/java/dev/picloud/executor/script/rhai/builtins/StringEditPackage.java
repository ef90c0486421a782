package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.Unit;
import java.nio.charset.StandardCharsets;

/**
 * The in-place half of Rhai's {@code MoreString} package: functions whose first parameter is the
 * string variable itself ({@code &mut} in Rhai, so calling them on a constant in method style is
 * an error). Each replaces {@code args[0]} with the new string; the engine writes it back.
 * Also the BLOB forms of {@code +} and {@code append}, which decode UTF-8 (the other {@code +}
 * and {@code +=} forms on strings are built-in operators in {@code Ops}).
 */
public final class StringEditPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.mutFn("clear", (c, a) -> set(a, ""), String.class);
    t.mutFn("trim", (c, a) -> set(a, CodePoints.trim((String) a[0])), String.class);
    t.mutFn("truncate", StringEditPackage::truncate, String.class, Long.class);
    t.mutFn("pop", StringEditPackage::pop, String.class);
    t.mutFn("pop", StringEditPackage::popString, String.class, Long.class);
    t.mutFn("remove", (c, a) -> {
      String sub = (String) a[1];
      return sub.isEmpty() ? Unit.INSTANCE : set(a, ((String) a[0]).replace(sub, ""));
    }, String.class, String.class);
    t.mutFn("remove", (c, a) -> set(a, ((String) a[0]).replace(a[1].toString(), "")),
        String.class, RhaiChar.class);
    t.mutFn("set", StringEditPackage::setChar, String.class, Long.class, RhaiChar.class);
    registerReplace(t);
    t.mutFn("pad", (c, a) -> pad(c, a, a[2].toString()), String.class, Long.class, RhaiChar.class);
    t.mutFn("pad", (c, a) -> pad(c, a, (String) a[2]), String.class, Long.class, String.class);
    registerBlobConcat(t);
  }

  private static void registerReplace(FunctionTable.Builder t) {
    NativeFunction replace = (c, a) -> {
      String s = (String) a[0];
      if (!s.isEmpty()) {
        String find = a[1].toString();
        String with = a[2].toString();
        // The result can be far longer than the input: checked before it is built.
        c.budget().checkString(CodePoints.replacedLength(s, find, with), c.position());
        a[0] = StringPackage.checked(c, CodePoints.replace(s, find, with));
      }
      return Unit.INSTANCE;
    };
    t.mutFn("replace", replace, String.class, String.class, String.class);
    t.mutFn("replace", replace, String.class, String.class, RhaiChar.class);
    t.mutFn("replace", replace, String.class, RhaiChar.class, String.class);
    t.mutFn("replace", replace, String.class, RhaiChar.class, RhaiChar.class);
  }

  private static void registerBlobConcat(FunctionTable.Builder t) {
    t.fn("+", (c, a) -> StringPackage.checked(c, a[0] + utf8((RhaiBlob) a[1])),
        String.class, RhaiBlob.class);
    t.fn("+", (c, a) -> StringPackage.checked(c, utf8((RhaiBlob) a[0]) + a[1]),
        RhaiBlob.class, String.class);
    NativeFunction appendBlob =
        (c, a) -> set(a, StringPackage.checked(c, a[0] + utf8((RhaiBlob) a[1])));
    t.mutFn("append", appendBlob, String.class, RhaiBlob.class);
    t.mutFn("+=", appendBlob, String.class, RhaiBlob.class);
    t.mutFn("append", (c, a) -> {
      String item = c.display(a[1]);
      return item.isEmpty() ? Unit.INSTANCE : set(a, StringPackage.checked(c, a[0] + item));
    }, String.class, Object.class);
  }

  private static Object set(Object[] a, String s) {
    a[0] = s;
    return Unit.INSTANCE;
  }

  /** A BLOB's bytes as UTF-8, invalid sequences becoming U+FFFD (Rust {@code from_utf8_lossy}). */
  static String utf8(RhaiBlob b) {
    return new String(b.toByteArray(), StandardCharsets.UTF_8);
  }

  private static Object truncate(NativeCallContext c, Object[] a) {
    String s = (String) a[0];
    long len = (Long) a[1];
    if (len <= 0) {
      return set(a, "");
    }
    if (len < s.length() && len < CodePoints.length(s)) {
      a[0] = s.substring(0, CodePoints.offset(s, (int) len));
    }
    return Unit.INSTANCE;
  }

  private static Object pop(NativeCallContext c, Object[] a) {
    String s = (String) a[0];
    if (s.isEmpty()) {
      return Unit.INSTANCE;
    }
    int cp = s.codePointBefore(s.length());
    a[0] = s.substring(0, s.length() - Character.charCount(cp));
    return RhaiChar.of(cp);
  }

  /** {@code pop(s, len)}: removes and returns the last {@code len} characters. */
  private static Object popString(NativeCallContext c, Object[] a) {
    String s = (String) a[0];
    long len = (Long) a[1];
    if (s.isEmpty() || len <= 0) {
      return "";
    }
    int n = CodePoints.length(s);
    int cut = len >= n ? 0 : CodePoints.offset(s, (int) (n - len));
    a[0] = s.substring(0, cut);
    return s.substring(cut);
  }

  /** {@code set(s, i, ch)}: replaces the character at {@code i}; out of range is a no-op. */
  private static Object setChar(NativeCallContext c, Object[] a) {
    String s = (String) a[0];
    long index = (Long) a[1];
    int n = CodePoints.length(s);
    long i = index >= 0 ? index : index == Long.MIN_VALUE ? -1 : n + index;
    if (i >= 0 && i < n) {
      int at = CodePoints.offset(s, (int) i);
      int end = at + Character.charCount(s.codePointAt(at));
      a[0] = s.substring(0, at) + a[2] + s.substring(end);
    }
    return Unit.INSTANCE;
  }

  /**
   * {@code pad(s, len, padding)}: appends copies of {@code padding} (the last one cut short) until
   * {@code s} has {@code len} characters. The target length is checked against the sandbox first,
   * as Rhai does, so a huge {@code len} fails before anything is built. An empty padding leaves
   * the string unchanged (Rhai 1.26 loops forever there).
   */
  private static Object pad(NativeCallContext c, Object[] a, String padding) {
    long len = (Long) a[1];
    String s = (String) a[0];
    if (len <= 0 || padding.isEmpty()) {
      return Unit.INSTANCE;
    }
    c.budget().checkString(len, c.position());
    int n = CodePoints.length(s);
    if (len <= n) {
      return Unit.INSTANCE;
    }
    long missing = len - n;
    if (missing * 2 + s.length() > Integer.MAX_VALUE - 16) {
      throw RhaiError.of(ErrorKind.ErrorDataTooLarge, "Length of string too large", c.position());
    }
    int plen = CodePoints.length(padding);
    StringBuilder sb = new StringBuilder(s.length() + (int) missing * 2).append(s);
    for (long whole = missing / plen; whole > 0; whole--) {
      sb.append(padding);
    }
    sb.append(padding, 0, CodePoints.offset(padding, (int) (missing % plen)));
    return set(a, StringPackage.checked(c, sb.toString()));
  }
}
