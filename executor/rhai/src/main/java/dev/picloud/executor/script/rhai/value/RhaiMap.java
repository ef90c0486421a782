package dev.picloud.executor.script.rhai.value;

import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A Rhai object map (type name {@code "map"}): string keys kept sorted in code-point order, with
 * copy-on-write value semantics like {@link RhaiArray}.
 */
public final class RhaiMap {
  /** Orders strings by Unicode code point (Rust/UTF-8 byte order), not by UTF-16 unit. */
  public static final Comparator<String> KEY_ORDER = RhaiMap::compareKeys;

  private Backing entries;
  /** The value's tag ({@code x.tag}). */
  public short tag;

  private static final class Backing extends TreeMap<String, Object> {
    private static final long serialVersionUID = 1L;
    boolean shared;
    /** Cached deep size estimate (-1: unknown); any mutation drops it (see {@link #mut()}). */
    long deepSize = -1;

    Backing() {
      super(KEY_ORDER);
    }
  }

  /** Creates an empty map. */
  public RhaiMap() {
    this.entries = new Backing();
  }

  private RhaiMap(Backing shared, short tag) {
    this.entries = shared;
    this.tag = tag;
  }

  /** Compares two strings by code point. */
  public static int compareKeys(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        boolean sx = Character.isSurrogate(x);
        boolean sy = Character.isSurrogate(y);
        if (sx == sy) {
          return x - y;
        }
        // A surrogate (code point above U+FFFF) sorts after any BMP character.
        return sx ? 1 : -1;
      }
    }
    return a.length() - b.length();
  }

  /** Returns an O(1) copy with value semantics. */
  public RhaiMap copy() {
    entries.shared = true;
    return new RhaiMap(entries, tag);
  }

  /** Returns the backing map for mutation, cloning it first if it is shared. */
  public NavigableMap<String, Object> mut() {
    Backing b = entries;
    if (b.shared) {
      Backing c = new Backing();
      for (Map.Entry<String, Object> e : b.entrySet()) {
        c.put(e.getKey(), Values.share(e.getValue()));
      }
      entries = c;
      return c;
    }
    b.deepSize = -1;
    return b;
  }

  /** Read-only view of the entries (do not mutate; use {@link #mut()}). */
  public NavigableMap<String, Object> view() {
    return entries;
  }

  /** The value under {@code key}, or {@code null} when absent. */
  public Object get(String key) {
    return entries.get(key);
  }

  /** The value under {@code key} for in-place mutation of a nested container. */
  public Object getMut(String key) {
    return entries.containsKey(key) ? mut().get(key) : null;
  }

  /** Inserts or replaces a value. */
  public void put(String key, Object v) {
    mut().put(key, v);
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /**
   * The memory estimate cached for this value's current contents, or -1 (for the sandbox's
   * {@code Sizes}; shared by copy-on-write copies, dropped on mutation).
   */
  public long cachedDeepSize() {
    return entries.deepSize;
  }

  /** Caches the memory estimate of the current contents (see {@link #cachedDeepSize()}). */
  public void cacheDeepSize(long bytes) {
    entries.deepSize = bytes;
  }

  @Override
  public String toString() {
    return Values.toDisplay(this);
  }
}
