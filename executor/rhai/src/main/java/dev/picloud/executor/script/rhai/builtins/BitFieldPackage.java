package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.value.RhaiIterable;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import dev.picloud.executor.script.rhai.value.Unit;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Rhai's {@code BitFieldPackage} ({@code get_bit}, {@code set_bit}, {@code get_bits}, {@code
 * set_bits}) and the {@code bits} iterators of {@code BasicIteratorPackage}.
 *
 * <p>Bit 0 is the least significant; a negative position counts from the most significant bit
 * ({@code -1} is bit 63), so valid positions are -64..63, anything else is {@code
 * ErrorBitFieldBounds}. A field running past bit 63 is shortened. Range forms clamp the start to 0;
 * an inclusive range's length is computed with wrapping arithmetic, as Rhai's release build does.
 */
public final class BitFieldPackage implements Package {
  private static final int BITS = 64;

  @Override
  public void register(FunctionTable.Builder t) {
    t.fn2("get_bit", Long.class, Long.class, (v, b) -> (v & (1L << bit(b))) != 0);
    t.mutFn("set_bit", (c, a) -> {
      long mask = 1L << bit((Long) a[1]);
      a[0] = (Boolean) a[2] ? (Long) a[0] | mask : (Long) a[0] & ~mask;
      return Unit.INSTANCE;
    }, Long.class, Long.class, Boolean.class);

    t.fn3("get_bits", Long.class, Long.class, Long.class, BitFieldPackage::getBits);
    t.fn2("get_bits", Long.class, RhaiRange.class,
        (v, r) -> getBits(v, exclusiveStart(r), exclusiveLength(r)));
    t.fn2("get_bits", Long.class, RhaiRangeInclusive.class,
        (v, r) -> getBits(v, inclusiveStart(r), inclusiveLength(r)));

    t.mutFn("set_bits", (c, a) -> setBits(a, (Long) a[1], (Long) a[2], (Long) a[3]),
        Long.class, Long.class, Long.class, Long.class);
    t.mutFn("set_bits", (c, a) -> {
      RhaiRange r = (RhaiRange) a[1];
      return setBits(a, exclusiveStart(r), exclusiveLength(r), (Long) a[2]);
    }, Long.class, RhaiRange.class, Long.class);
    t.mutFn("set_bits", (c, a) -> {
      RhaiRangeInclusive r = (RhaiRangeInclusive) a[1];
      return setBits(a, inclusiveStart(r), inclusiveLength(r), (Long) a[2]);
    }, Long.class, RhaiRangeInclusive.class, Long.class);

    t.fn1("bits", Long.class, v -> bitRange(v, 0, Long.MAX_VALUE));
    t.getter("bits", Long.class, (c, a) -> bitRange((Long) a[0], 0, Long.MAX_VALUE));
    t.fn2("bits", Long.class, Long.class, (v, from) -> bitRange(v, from, Long.MAX_VALUE));
    t.fn3("bits", Long.class, Long.class, Long.class, BitFieldPackage::bitRange);
    t.fn2("bits", Long.class, RhaiRange.class,
        (v, r) -> bitRange(v, exclusiveStart(r), exclusiveLength(r)));
    t.fn2("bits", Long.class, RhaiRangeInclusive.class,
        (v, r) -> bitRange(v, inclusiveStart(r), iteratorLength(r)));
  }

  /** Bit position 0..63 for {@code index} (negative counts from the MSB), else a bounds error. */
  static int bit(long index) {
    if (index < 0 ? index < -BITS : index >= BITS) {
      throw Errors.bitBounds(index, Position.NONE);
    }
    return (int) (index < 0 ? BITS + index : index);
  }

  /** Number of bits of a field of {@code bits} starting at bit {@code from}, clipped at bit 63. */
  private static int clip(int from, long bits) {
    return bits > BITS - from ? BITS - from : (int) bits;
  }

  static long getBits(long value, long start, long bits) {
    if (bits <= 0) {
      return 0L;
    }
    int from = bit(start);
    int n = clip(from, bits);
    if (n == BITS) {
      return value;
    }
    long mask = (1L << n) - 1;
    return (value >> from) & mask;
  }

  private static Object setBits(Object[] a, long start, long bits, long newValue) {
    if (bits <= 0) {
      return Unit.INSTANCE;
    }
    int from = bit(start);
    int n = clip(from, bits);
    if (n == BITS) {
      a[0] = newValue;
      return Unit.INSTANCE;
    }
    long mask = (1L << n) - 1;
    a[0] = ((Long) a[0] & ~(mask << from)) | ((newValue & mask) << from);
    return Unit.INSTANCE;
  }

  private static long exclusiveStart(RhaiRange r) {
    return Math.max(r.start(), 0);
  }

  private static long exclusiveLength(RhaiRange r) {
    long from = exclusiveStart(r);
    return Math.max(r.end(), from) - from;
  }

  private static long inclusiveStart(RhaiRangeInclusive r) {
    return Math.max(r.start(), 0);
  }

  private static long inclusiveLength(RhaiRangeInclusive r) {
    long from = inclusiveStart(r);
    return Math.max(r.end(), from - 1) - from + 1;
  }

  /** The iterator's inclusive-range length: the end is capped so that the length cannot wrap. */
  private static long iteratorLength(RhaiRangeInclusive r) {
    long from = inclusiveStart(r);
    return Math.min(Math.max(r.end(), from - 1), Long.MAX_VALUE - 1) - from + 1;
  }

  /** {@code bits(value, from, len)}: an iterator of {@code len} bools from bit {@code from}. */
  static RhaiIterable bitRange(long value, long start, long len) {
    int from = bit(start);
    int n = len < 0 ? 0 : clip(from, len);
    return new BitRange(value >> from, n);
  }

  /** The bits iterator (type name "range"): the value shifted down and the number of bits left. */
  record BitRange(long shifted, int count) implements RhaiIterable {
    @Override
    public Iterator<Object> iterator() {
      return new Iterator<>() {
        private long rest = shifted;
        private int left = count;

        @Override
        public boolean hasNext() {
          return left > 0;
        }

        @Override
        public Object next() {
          if (left == 0) {
            throw new NoSuchElementException();
          }
          boolean b = (rest & 1) != 0;
          rest >>= 1;
          left--;
          return b;
        }
      };
    }
  }
}
