package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.sandbox.Sizes;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.Unit;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rhai's {@code BasicBlobPackage}, except reading and writing numbers and text inside a BLOB
 * ({@link BlobBytesPackage}): construction, conversion, byte access and array-like editing.
 *
 * <p>Bytes are stored as given and read back as INT 0..255; every written value keeps only its low
 * 8 bits. Positions follow Rhai's {@code calc_offset_len} ({@link BlobRegion#of}), including two
 * quirks of the reference implementation kept on purpose: {@code get}/{@code set}/{@code insert}
 * with a negative index before the start address byte 0, and {@code splice} with an empty region
 * appends the replacement at the end. Growing a BLOB is checked against the sandbox limits.
 */
public final class BlobPackage implements Package {
  private static final byte[] NONE = new byte[0];
  /** Largest BLOB a Java array can hold; beyond it Rust would fail to allocate. */
  private static final long MAX_BYTES = Integer.MAX_VALUE - 16;

  @Override
  public void register(FunctionTable.Builder t) {
    t.fn("blob", (c, a) -> new RhaiBlob());
    t.fn("blob", (c, a) -> filled(c, (Long) a[0], 0), Long.class);
    t.fn("blob", (c, a) -> filled(c, (Long) a[0], (Long) a[1]), Long.class, Long.class);
    t.fn("to_array", (c, a) -> {
      // One INT element per byte: checked before the (much larger) array is built.
      RhaiBlob b = (RhaiBlob) a[0];
      c.budget().checkContainer(b.size(), expanded(b.size()), false, c.position());
      return toArray(b);
    }, RhaiBlob.class);
    t.fn1("as_string", RhaiBlob.class, b -> Utf8Lossy.decode(b.toByteArray(), b.size()));
    t.fn1("len", RhaiBlob.class, b -> (long) b.size());
    t.getter("len", RhaiBlob.class, (c, a) -> (long) ((RhaiBlob) a[0]).size());
    t.fn1("is_empty", RhaiBlob.class, b -> b.size() == 0);
    t.getter("is_empty", RhaiBlob.class, (c, a) -> ((RhaiBlob) a[0]).size() == 0);
    t.fn2("contains", RhaiBlob.class, Long.class, BlobPackage::contains);
    t.fn2("get", RhaiBlob.class, Long.class, BlobPackage::get);
    t.mutFn("set", (c, a) -> set((RhaiBlob) a[0], (Long) a[1], (Long) a[2]),
        RhaiBlob.class, Long.class, Long.class);
    registerGrowth(t);
    registerShrinking(t);
    BlobRegion.register(t, "splice", false, BlobPackage::splice, RhaiBlob.class);
    BlobRegion.register(t, "extract", false, (c, b, start, len, x) -> extract(b, start, len));
    t.mutFn("extract", (c, a) -> extract((RhaiBlob) a[0], (Long) a[1], Long.MAX_VALUE),
        RhaiBlob.class, Long.class);
    BlobRegion.register(t, "drain", false, (c, b, start, len, x) -> drain(b, start, len));
    BlobRegion.register(t, "retain", false, (c, b, start, len, x) -> retain(b, start, len));
    t.mutFn("split", (c, a) -> split((RhaiBlob) a[0], (Long) a[1]), RhaiBlob.class, Long.class);
  }

  private static void registerGrowth(FunctionTable.Builder t) {
    t.mutFn("push", BlobPackage::push, RhaiBlob.class, Long.class);
    t.mutFn("append", BlobPackage::push, RhaiBlob.class, Long.class);
    t.mutFn("append", (c, a) -> append(c, (RhaiBlob) a[0], ((RhaiBlob) a[1]).toByteArray()),
        RhaiBlob.class, RhaiBlob.class);
    t.mutFn("append", (c, a) -> append(c, (RhaiBlob) a[0], utf8(a[1].toString())),
        RhaiBlob.class, String.class);
    t.mutFn("append", (c, a) -> append(c, (RhaiBlob) a[0], utf8(a[1].toString())),
        RhaiBlob.class, RhaiChar.class);
    t.mutFn("insert", BlobPackage::insert, RhaiBlob.class, Long.class, Long.class);
    t.mutFn("pad", BlobPackage::pad, RhaiBlob.class, Long.class, Long.class);
  }

  private static void registerShrinking(FunctionTable.Builder t) {
    t.mutFn("pop", (c, a) -> removeAt((RhaiBlob) a[0], ((RhaiBlob) a[0]).size() - 1),
        RhaiBlob.class);
    t.mutFn("shift", (c, a) -> removeAt((RhaiBlob) a[0], 0), RhaiBlob.class);
    t.mutFn("remove", (c, a) -> remove((RhaiBlob) a[0], (Long) a[1]), RhaiBlob.class, Long.class);
    t.mutFn("clear", (c, a) -> cut((RhaiBlob) a[0], 0, ((RhaiBlob) a[0]).size()), RhaiBlob.class);
    t.mutFn("truncate", (c, a) -> truncate((RhaiBlob) a[0], (Long) a[1]),
        RhaiBlob.class, Long.class);
    t.mutFn("chop", (c, a) -> chop((RhaiBlob) a[0], (Long) a[1]), RhaiBlob.class, Long.class);
    t.mutFn("reverse", (c, a) -> reverse((RhaiBlob) a[0]), RhaiBlob.class);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Checks the sandbox limits before a BLOB grows to {@code size} bytes in one step, so that a huge
   * request fails before anything is allocated.
   */
  static void checkSize(NativeCallContext c, long size) {
    long bytes = 24 + Math.min(size, Long.MAX_VALUE - 24);
    c.budget().checkContainer(size, bytes, false, c.position());
    if (size > MAX_BYTES) {
      throw RhaiError.of(ErrorKind.ErrorDataTooLarge, "Size of array/BLOB too large", c.position());
    }
  }

  private static void grown(NativeCallContext c, RhaiBlob b) {
    c.budget().checkGrowth(b, b.size(), false, c.position());
  }

  private static RhaiBlob filled(NativeCallContext c, long len, long value) {
    long n = Math.max(len, 0);
    checkSize(c, n);
    byte[] bytes = new byte[(int) n];
    Arrays.fill(bytes, (byte) value);
    return new RhaiBlob(bytes);
  }

  private static RhaiArray toArray(RhaiBlob b) {
    RhaiArray r = new RhaiArray(b.size());
    for (int i = 0; i < b.size(); i++) {
      r.add((long) b.get(i));
    }
    return r;
  }

  private static boolean contains(RhaiBlob b, long value) {
    int v = (int) (value & 0xFF);
    for (int i = 0; i < b.size(); i++) {
      if (b.get(i) == v) {
        return true;
      }
    }
    return false;
  }

  /** The byte position {@code get}, {@code set} and {@code insert} use (size if past the end). */
  private static int position(RhaiBlob b, long index) {
    return BlobRegion.of(b.size(), index, 0).start();
  }

  private static long get(RhaiBlob b, long index) {
    int i = position(b, index);
    return i >= b.size() ? 0L : (long) b.get(i);
  }

  private static Object set(RhaiBlob b, long index, long value) {
    int i = position(b, index);
    if (i < b.size()) {
      b.set(i, value);
    }
    return Unit.INSTANCE;
  }

  private static Object push(NativeCallContext c, Object[] a) {
    RhaiBlob b = (RhaiBlob) a[0];
    b.add((Long) a[1]);
    grown(c, b);
    return Unit.INSTANCE;
  }

  private static Object append(NativeCallContext c, RhaiBlob b, byte[] data) {
    if (data.length > 0) {
      checkSize(c, (long) b.size() + data.length);
      b.addAll(data);
      grown(c, b);
    }
    return Unit.INSTANCE;
  }

  private static Object insert(NativeCallContext c, Object[] a) {
    RhaiBlob b = (RhaiBlob) a[0];
    int i = position(b, (Long) a[1]);
    b.replace(i, i, new byte[] {(byte) (long) (Long) a[2]});
    grown(c, b);
    return Unit.INSTANCE;
  }

  private static Object pad(NativeCallContext c, Object[] a) {
    RhaiBlob b = (RhaiBlob) a[0];
    long len = (Long) a[1];
    if (len <= 0) {
      return Unit.INSTANCE;
    }
    long max = c.budget().limits().maxArraySize();
    if (max > 0 && len > max) {
      throw RhaiError.of(ErrorKind.ErrorDataTooLarge, "Size of BLOB too large", c.position());
    }
    if (len > b.size()) {
      checkSize(c, len);
      byte[] fill = new byte[(int) (len - b.size())];
      Arrays.fill(fill, (byte) (long) (Long) a[2]);
      b.addAll(fill);
      grown(c, b);
    }
    return Unit.INSTANCE;
  }

  /** Removes and returns byte {@code i}, or 0 when the BLOB is empty. */
  private static long removeAt(RhaiBlob b, int i) {
    if (b.size() == 0) {
      return 0L;
    }
    long v = b.get(i);
    b.replace(i, i + 1, NONE);
    return v;
  }

  /** {@code remove}: Rhai's {@code calc_index}, so an index out of range on either side gives 0. */
  private static long remove(RhaiBlob b, long index) {
    int n = b.size();
    if (index < 0 ? index < -n : index >= n) {
      return 0L;
    }
    return removeAt(b, (int) (index < 0 ? n + index : index));
  }

  private static Object cut(RhaiBlob b, int from, int to) {
    if (to > from) {
      b.replace(from, to, NONE);
    }
    return Unit.INSTANCE;
  }

  private static Object truncate(RhaiBlob b, long len) {
    return len >= b.size() ? Unit.INSTANCE : cut(b, (int) Math.max(len, 0), b.size());
  }

  private static Object chop(RhaiBlob b, long len) {
    return len >= b.size() ? Unit.INSTANCE : cut(b, 0, b.size() - (int) Math.max(len, 0));
  }

  private static Object reverse(RhaiBlob b) {
    byte[] bytes = b.toByteArray();
    for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
      byte x = bytes[i];
      bytes[i] = bytes[j];
      bytes[j] = x;
    }
    b.setAll(bytes);
    return Unit.INSTANCE;
  }

  private static Object splice(NativeCallContext c, RhaiBlob b, long start, long len, Object with) {
    byte[] data = ((RhaiBlob) with).toByteArray();
    if (b.size() == 0) {
      b.setAll(data);
      return Unit.INSTANCE;
    }
    BlobRegion r = BlobRegion.of(b.size(), start, len);
    checkSize(c, (long) b.size() - r.len() + data.length);
    if (r.len() == 0) {
      b.addAll(data);
    } else {
      b.replace(r.start(), r.end(), data);
    }
    grown(c, b);
    return Unit.INSTANCE;
  }

  private static RhaiBlob extract(RhaiBlob b, long start, long len) {
    BlobRegion r = BlobRegion.of(b.size(), start, len);
    return new RhaiBlob(b.slice(r.start(), r.end()));
  }

  private static RhaiBlob drain(RhaiBlob b, long start, long len) {
    BlobRegion r = BlobRegion.of(b.size(), start, len);
    RhaiBlob removed = new RhaiBlob(b.slice(r.start(), r.end()));
    cut(b, r.start(), r.end());
    return removed;
  }

  /**
   * {@code retain}: keeps the region and returns the rest; a non-positive length changes nothing,
   * and a start past the end removes (and returns) everything.
   */
  private static RhaiBlob retain(RhaiBlob b, long start, long len) {
    if (b.size() == 0 || len <= 0) {
      return new RhaiBlob();
    }
    BlobRegion r = BlobRegion.of(b.size(), start, len);
    byte[] all = b.toByteArray();
    byte[] removed = new byte[all.length - r.len()];
    System.arraycopy(all, 0, removed, 0, r.start());
    System.arraycopy(all, r.end(), removed, r.start(), all.length - r.end());
    b.setAll(Arrays.copyOfRange(all, r.start(), r.end()));
    return new RhaiBlob(removed);
  }

  /** {@code split}: the BLOB keeps the bytes before {@code index}; the rest is returned. */
  private static RhaiBlob split(RhaiBlob b, long index) {
    int at = BlobRegion.of(b.size(), index, Long.MAX_VALUE).start();
    RhaiBlob tail = new RhaiBlob(b.slice(at, b.size()));
    cut(b, at, b.size());
    return tail;
  }

  /** Estimated bytes of an array of {@code n} scalar elements (see the sandbox's Sizes). */
  static long expanded(long n) {
    return Sizes.CONTAINER + n * (8 + Sizes.ELEMENT);
  }
}
