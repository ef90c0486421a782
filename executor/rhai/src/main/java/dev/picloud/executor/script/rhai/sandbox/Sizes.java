package dev.picloud.executor.script.rhai.sandbox;

import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.SharedCell;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Estimates of how many bytes script values occupy, for the memory budget.
 *
 * <p>The estimate is the size of the value as a tree, the way Rhai itself holds it: a
 * copy-on-write copy shared by ten array elements counts ten times, since each is a separate
 * value to the script (and a separate allocation in Rhai). It therefore bounds what the JVM
 * really holds from above. The walk is iterative (deeply nested values cannot overflow the Java
 * stack), stops once the total passes the caller's cap, visits each shared cell once (closures
 * can make cells reach themselves), and reuses the size cached in an unchanged array or map (the
 * cache lives in the copy-on-write storage, so all copies share it and any mutation drops it).
 */
public final class Sizes {
  /** Estimated bytes of a string header. */
  public static final long STRING = 40;
  /** Estimated bytes of a non-container element (reference plus a boxed number). */
  public static final long ELEMENT = 24;
  /** Estimated bytes of an array, map or BLOB header. */
  public static final long CONTAINER = 48;
  /** Estimated bytes of a map entry besides its key characters and value. */
  public static final long ENTRY = 80;

  private Sizes() {}

  /** The estimate for a string of {@code chars} UTF-16 units. */
  public static long string(long chars) {
    return STRING + 2 * chars;
  }

  /** Deep size estimate of {@code v}, stopping early once it exceeds {@code cap}. */
  public static long deep(Object v, long cap) {
    switch (v) {
      case String s -> {
        return string(s.length());
      }
      case Long x -> {
        return ELEMENT;
      }
      case Double x -> {
        return ELEMENT;
      }
      case Boolean x -> {
        return ELEMENT;
      }
      case RhaiBlob b -> {
        return CONTAINER + b.size();
      }
      case RhaiArray a when a.cachedDeepSize() >= 0 -> {
        return a.cachedDeepSize();
      }
      case RhaiMap m when m.cachedDeepSize() >= 0 -> {
        return m.cachedDeepSize();
      }
      default -> { }
    }
    long[] nodes = {SMALL_NODES};
    long small = small(v, SMALL_DEPTH, nodes);
    if (small >= 0) {
      return small;
    }
    Walk w = new Walk(cap, null);
    w.add(v);
    return w.total;
  }

  /**
   * Small values (up to {@value #SMALL_NODES} containers, {@value #SMALL_DEPTH} levels, no shared
   * cells) — literals and records built in loops — are measured by plain recursion, without the
   * walk's allocations; their containers' sizes are cached on the way.
   */
  private static final int SMALL_DEPTH = 8;

  private static final int SMALL_NODES = 64;

  /** The size of {@code v}, or -1 when it is too big or deep for {@link #small} or has cells. */
  private static long small(Object v, int depth, long[] nodes) {
    switch (v) {
      case String s -> {
        return string(s.length());
      }
      case RhaiBlob b -> {
        return CONTAINER + b.size();
      }
      case RhaiArray a -> {
        long c = a.cachedDeepSize();
        if (c >= 0) {
          return c;
        }
        if (depth == 0 || --nodes[0] < 0 || a.size() > SMALL_NODES) {
          return -1;
        }
        long t = CONTAINER + 8L * a.size();
        for (Object e : a.view()) {
          long x = small(e, depth - 1, nodes);
          if (x < 0) {
            return -1;
          }
          t += x;
        }
        a.cacheDeepSize(t);
        return t;
      }
      case RhaiMap m -> {
        long c = m.cachedDeepSize();
        if (c >= 0) {
          return c;
        }
        if (depth == 0 || --nodes[0] < 0 || m.size() > SMALL_NODES) {
          return -1;
        }
        long t = CONTAINER;
        for (Map.Entry<String, Object> e : m.view().entrySet()) {
          long x = small(e.getValue(), depth - 1, nodes);
          if (x < 0) {
            return -1;
          }
          t += ENTRY + 2L * e.getKey().length() + x;
        }
        m.cacheDeepSize(t);
        return t;
      }
      case FnPtr p -> {
        return p.curried().isEmpty() ? CONTAINER : -1;
      }
      case SharedCell c -> {
        return -1;
      }
      case CharSequence cs -> {
        return string(cs.length());
      }
      default -> {
        return ELEMENT;
      }
    }
  }

  /**
   * One measurement: {@link #add} any number of roots, then read {@link #total}. Each added root
   * is walked with its own cache bookkeeping; the running total is shared.
   */
  static final class Walk {
    final long cap;
    long total;
    private final Object extra;
    private boolean seenExtra;
    private IdentityHashMap<SharedCell, Boolean> cells;
    private final ArrayDeque<Object> todo = new ArrayDeque<>();

    /** A walk up to {@code cap}; {@code extra} is a value whose meeting {@link #seenExtra} tells. */
    Walk(long cap, Object extra) {
      this.cap = cap;
      this.extra = extra;
    }

    boolean seenExtra() {
      return seenExtra;
    }

    boolean over() {
      return total > cap;
    }

    /** Adds {@code v}; caches the size of {@code v} when it is a container without cells. */
    void add(Object v) {
      long before = total;
      boolean pure = walk(v);
      if (pure && !over()) {
        long size = total - before;
        if (v instanceof RhaiArray a) {
          a.cacheDeepSize(size);
        } else if (v instanceof RhaiMap m) {
          m.cacheDeepSize(size);
        }
      }
    }

    /** Walks {@code root}; returns false when it reached a shared cell (no cache then). */
    private boolean walk(Object root) {
      boolean pure = true;
      todo.clear();
      todo.push(root);
      while (!todo.isEmpty() && total <= cap) {
        Object o = todo.pop();
        if (o == extra) {
          seenExtra = true;
        }
        switch (o) {
          case CharSequence s -> total += string(s.length());
          case RhaiArray a -> {
            long c = a.cachedDeepSize();
            if (c >= 0) {
              total += c;
            } else {
              total += CONTAINER + 8L * a.size();
              for (Object e : a.view()) {
                pushOrCount(e);
              }
            }
          }
          case RhaiMap m -> {
            long c = m.cachedDeepSize();
            if (c >= 0) {
              total += c;
            } else {
              total += CONTAINER;
              for (Map.Entry<String, Object> e : m.view().entrySet()) {
                total += ENTRY + 2L * e.getKey().length();
                pushOrCount(e.getValue());
              }
            }
          }
          case RhaiBlob b -> total += CONTAINER + b.size();
          case FnPtr p -> {
            total += CONTAINER + 8L * p.curried().size();
            for (Object e : p.curried()) {
              pushOrCount(e);
            }
          }
          case SharedCell c -> {
            pure = false;
            if (cells == null) {
              cells = new IdentityHashMap<>();
            }
            if (cells.put(c, Boolean.TRUE) == null) {
              total += ELEMENT;
              todo.push(c.value);
            }
          }
          default -> total += ELEMENT;
        }
      }
      return pure;
    }

    private void pushOrCount(Object e) {
      if (e instanceof CharSequence || e instanceof RhaiArray || e instanceof RhaiMap
          || e instanceof RhaiBlob || e instanceof FnPtr || e instanceof SharedCell) {
        todo.push(e);
      } else {
        total += ELEMENT;
      }
    }
  }

  /**
   * Rhai's data sizes of {@code v} ({@code calc_data_sizes}): array elements (nested arrays and
   * maps counted recursively, a BLOB by its bytes), map entries (recursively), and string bytes
   * (UTF-8). The walk stops early once any count passes its limit ({@code <= 0}: not counted).
   *
   * @return {arrays, maps, string bytes}
   */
  public static long[] dataSizes(Object v, long maxArray, long maxMap, long maxString) {
    long[] n = new long[3];
    ArrayDeque<Object> todo = new ArrayDeque<>();
    if (v instanceof SharedCell c) {
      v = c.value;
    }
    switch (v) {
      case RhaiBlob b -> n[0] = b.size();
      case String s -> n[2] = maxString > 0 ? utf8Length(s) : s.length();
      default -> todo.push(v);
    }
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (o instanceof RhaiArray a) {
        for (Object e : a.view()) {
          n[0]++;
          count(e, n, todo, maxString);
        }
      } else if (o instanceof RhaiMap m) {
        for (Object e : m.view().values()) {
          if (!(e instanceof RhaiBlob)) {
            n[1]++; // as Rhai: a BLOB value adds its bytes to the array count only
          }
          count(e, n, todo, maxString);
        }
      }
      if ((maxArray > 0 && n[0] > maxArray) || (maxMap > 0 && n[1] > maxMap)
          || (maxString > 0 && n[2] > maxString)) {
        break;
      }
    }
    return n;
  }

  private static void count(Object e, long[] n, ArrayDeque<Object> todo, long maxString) {
    switch (e) {
      case RhaiArray a -> todo.push(a);
      case RhaiMap m -> todo.push(m);
      case RhaiBlob b -> n[0] += b.size();
      case String s -> n[2] += maxString > 0 ? utf8Length(s) : 0;
      default -> { }
    }
  }

  /** The UTF-8 length of {@code s} in bytes (Rhai measures strings in bytes). */
  public static long utf8Length(String s) {
    long n = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        // 2 bytes below U+0800, 3 above; a surrogate pair is 4 bytes for 2 units.
        n += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
      }
    }
    return n;
  }
}
