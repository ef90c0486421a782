package dev.picloud.executor.script.rhai.sandbox;

import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import java.util.ArrayDeque;
import java.util.Map;

/** Estimates of how many bytes a script value occupies (for the memory budget). */
public final class Sizes {
  private Sizes() {}

  /**
   * Deep size estimate of {@code v}, stopping early once it exceeds {@code cap}. Iterative, so
   * deeply nested values cannot overflow the Java stack. Shared (copy-on-write) parts are counted
   * once per reference, which matches what printing or copying them would cost.
   */
  public static long deep(Object v, long cap) {
    long total = 0;
    ArrayDeque<Object> todo = new ArrayDeque<>();
    todo.push(v);
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (o instanceof String s) {
        total += 40 + 2L * s.length();
      } else if (o instanceof RhaiArray a) {
        total += 40 + 8L * a.size();
        for (Object e : a.view()) {
          if (e instanceof String || e instanceof RhaiArray || e instanceof RhaiMap
              || e instanceof RhaiBlob) {
            todo.push(e);
          } else {
            total += 16;
          }
        }
      } else if (o instanceof RhaiMap m) {
        total += 48;
        for (Map.Entry<String, Object> e : m.view().entrySet()) {
          total += 40 + 40 + 2L * e.getKey().length();
          todo.push(e.getValue());
        }
      } else if (o instanceof RhaiBlob b) {
        total += 24 + b.size();
      } else {
        total += 16;
      }
      if (total > cap) {
        return total;
      }
    }
    return total;
  }
}
