package dev.picloud.executor.script.rhai.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A Rhai array (type name {@code "array"}) with value semantics implemented as copy-on-write.
 *
 * <p>{@link #copy()} is O(1): the copy shares the backing list, which is flagged shared. Every
 * mutator first calls {@link #mut()}, which clones a shared backing list (sharing, in turn, the
 * nested containers it holds), so no change is ever visible through another copy. The engine
 * copies whenever a value is read out of a variable, element or property into a new home.
 */
public final class RhaiArray {
  private Backing items;
  /** The value's tag ({@code x.tag}). */
  public short tag;

  private static final class Backing extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
    boolean shared;
    /** Cached deep size estimate (-1: unknown); any mutation drops it (see {@link #mut()}). */
    long deepSize = -1;

    Backing(int capacity) {
      super(capacity);
    }

    Backing(Collection<?> c) {
      super(c);
    }
  }

  /** Creates an empty array. */
  public RhaiArray() {
    this.items = new Backing(4);
  }

  /** Creates an empty array with room for {@code capacity} elements. */
  public RhaiArray(int capacity) {
    this.items = new Backing(Math.max(0, capacity));
  }

  /** Creates an array holding the given values (taken as they are, not copied). */
  public RhaiArray(Collection<?> values) {
    this.items = new Backing(values);
  }

  private RhaiArray(Backing shared, short tag) {
    this.items = shared;
    this.tag = tag;
  }

  /** Returns an O(1) copy with value semantics. */
  public RhaiArray copy() {
    items.shared = true;
    return new RhaiArray(items, tag);
  }

  /** Returns the backing list for mutation, cloning it first if it is shared. */
  public List<Object> mut() {
    Backing b = items;
    if (b.shared) {
      Backing c = new Backing(b.size() + 4);
      for (Object o : b) {
        c.add(Values.share(o));
      }
      items = c;
      return c;
    }
    b.deepSize = -1;
    return b;
  }

  /** Read-only view of the elements (do not mutate; use {@link #mut()}). */
  public List<Object> view() {
    return items;
  }

  /** Number of elements. */
  public int size() {
    return items.size();
  }

  /** Element at {@code i} (0-based, in range), as stored. */
  public Object get(int i) {
    return items.get(i);
  }

  /** Element at {@code i} for in-place mutation of a nested container. */
  public Object getMut(int i) {
    return mut().get(i);
  }

  /** Replaces element {@code i}. */
  public void set(int i, Object v) {
    mut().set(i, v);
  }

  /** Appends a value. */
  public void add(Object v) {
    mut().add(v);
  }

  /**
   * The memory estimate cached for this value's current contents, or -1 (for the sandbox's
   * {@code Sizes}; shared by copy-on-write copies, dropped on mutation).
   */
  public long cachedDeepSize() {
    return items.deepSize;
  }

  /** Caches the memory estimate of the current contents (see {@link #cachedDeepSize()}). */
  public void cacheDeepSize(long bytes) {
    items.deepSize = bytes;
  }

  @Override
  public String toString() {
    return Values.toDisplay(this);
  }
}
