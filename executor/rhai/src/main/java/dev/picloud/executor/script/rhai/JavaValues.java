package dev.picloud.executor.script.rhai;

import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.SharedCell;
import dev.picloud.executor.script.rhai.value.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between plain Java values ({@code null}, Boolean, Long, Double, String, {@code
 * List<Object>}, {@code Map<String,Object>}, {@code byte[]}) and script values.
 */
public final class JavaValues {
  private JavaValues() {}

  /** Java → script. Integers widen to INT, floats to FLOAT, Character to char; others pass as is. */
  public static Object toScript(Object v) {
    return toScript(v, 0);
  }

  private static Object toScript(Object v, int depth) {
    if (v == null) {
      return Unit.INSTANCE;
    }
    if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float x) {
      return x.doubleValue();
    }
    if (v instanceof Character c) {
      return RhaiChar.of(c);
    }
    if (v instanceof byte[] b) {
      return new RhaiBlob(b);
    }
    if (depth > MAX_NESTING && (v instanceof List<?> || v instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("host value nested more than " + MAX_NESTING
          + " levels deep");
    }
    if (v instanceof List<?> l) {
      RhaiArray a = new RhaiArray(l.size());
      for (Object o : l) {
        a.add(toScript(o, depth + 1));
      }
      return a;
    }
    if (v instanceof Map<?, ?> m) {
      RhaiMap r = new RhaiMap();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        r.put(String.valueOf(e.getKey()), toScript(e.getValue(), depth + 1));
      }
      return r;
    }
    return v;
  }

  /**
   * Script → Java: unit becomes null, arrays {@code List}, maps {@code Map} (sorted keys), BLOBs
   * {@code byte[]}, chars {@code String}; function pointers become their display text; custom
   * types pass as is.
   */
  public static Object toJava(Object v) {
    return toJava(v, 0);
  }

  /** Deepest nesting {@link #toJava} converts (a host walks the result recursively too). */
  public static final int MAX_NESTING = 1000;

  private static Object toJava(Object v, int depth) {
    if (v == null || v instanceof Unit) {
      return null;
    }
    if (depth > MAX_NESTING && (v instanceof RhaiArray || v instanceof RhaiMap)) {
      throw RhaiError.of(ErrorKind.ErrorDataTooLarge,
          "Value nested more than " + MAX_NESTING + " levels deep", Position.NONE);
    }
    if (v instanceof SharedCell c) {
      return toJava(c.value, depth);
    }
    if (v instanceof RhaiArray a) {
      List<Object> l = new ArrayList<>(a.size());
      for (Object o : a.view()) {
        l.add(toJava(o, depth + 1));
      }
      return l;
    }
    if (v instanceof RhaiMap m) {
      Map<String, Object> r = new LinkedHashMap<>();
      m.view().forEach((k, x) -> r.put(k, toJava(x, depth + 1)));
      return r;
    }
    if (v instanceof RhaiBlob b) {
      return b.toByteArray();
    }
    if (v instanceof RhaiChar || v instanceof FnPtr) {
      return v.toString();
    }
    return v;
  }
}
