package dev.picloud.executor.script.rhai.value;

import java.util.Arrays;

/** A Rhai BLOB (type name {@code "blob"}): a byte array with copy-on-write value semantics. */
public final class RhaiBlob {
  private byte[] bytes;
  private int size;
  private boolean[] shared;
  /** The value's tag ({@code x.tag}). */
  public short tag;

  /** Creates an empty BLOB. */
  public RhaiBlob() {
    this(new byte[8], 0);
  }

  /** Creates a BLOB holding a copy of {@code data}. */
  public RhaiBlob(byte[] data) {
    this(Arrays.copyOf(data, Math.max(8, data.length)), data.length);
  }

  private RhaiBlob(byte[] bytes, int size) {
    this.bytes = bytes;
    this.size = size;
    this.shared = new boolean[1];
  }

  /** Returns an O(1) copy with value semantics. */
  public RhaiBlob copy() {
    shared[0] = true;
    RhaiBlob c = new RhaiBlob(bytes, size);
    c.shared = shared;
    c.tag = tag;
    return c;
  }

  private void unshare(int capacity) {
    if (shared[0] || capacity > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(capacity, Math.max(8, bytes.length)));
      shared = new boolean[1];
    }
  }

  /** Number of bytes. */
  public int size() {
    return size;
  }

  /** Byte {@code i} as 0..255. */
  public int get(int i) {
    return bytes[i] & 0xFF;
  }

  /** Sets byte {@code i} to the low 8 bits of {@code v}. */
  public void set(int i, long v) {
    unshare(size);
    bytes[i] = (byte) v;
  }

  /** Appends the low 8 bits of {@code v}. */
  public void add(long v) {
    unshare(size == bytes.length ? size * 2 + 8 : size);
    bytes[size++] = (byte) v;
  }

  /** Appends bytes. */
  public void addAll(byte[] data) {
    unshare(Math.max(size + data.length, size));
    if (size + data.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, size + data.length + 8);
    }
    System.arraycopy(data, 0, bytes, size, data.length);
    size += data.length;
  }

  /** Replaces the whole content. */
  public void setAll(byte[] data) {
    bytes = Arrays.copyOf(data, Math.max(8, data.length));
    size = data.length;
    shared = new boolean[1];
  }

  /** A fresh copy of bytes {@code from} (inclusive) to {@code to} (exclusive). */
  public byte[] slice(int from, int to) {
    return Arrays.copyOfRange(bytes, from, to);
  }

  /**
   * Replaces bytes {@code from} (inclusive) to {@code to} (exclusive) by {@code data}, moving the
   * tail: the one primitive behind insert, remove, truncate, drain and splice. Removing from the
   * end ({@code pop}, {@code truncate}) does not copy unless the bytes are shared.
   */
  public void replace(int from, int to, byte[] data) {
    int tail = size - to;
    int newSize = from + data.length + tail;
    if (shared[0] || newSize > bytes.length) {
      int capacity = newSize > bytes.length ? newSize + (newSize >> 1) : bytes.length;
      byte[] grown = new byte[Math.max(8, capacity)];
      System.arraycopy(bytes, 0, grown, 0, from);
      System.arraycopy(bytes, to, grown, from + data.length, tail);
      bytes = grown;
      shared = new boolean[1];
    } else if (tail > 0 && to != from + data.length) {
      System.arraycopy(bytes, to, bytes, from + data.length, tail);
    }
    System.arraycopy(data, 0, bytes, from, data.length);
    size = newSize;
  }

  /** A fresh copy of the bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public String toString() {
    return Values.toDisplay(this);
  }
}
