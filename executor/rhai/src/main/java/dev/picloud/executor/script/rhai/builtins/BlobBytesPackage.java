package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.Unit;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The part of Rhai's {@code BasicBlobPackage} that reads and writes values inside a region of a
 * BLOB: {@code parse_le_int}, {@code parse_be_int}, {@code parse_le_float}, {@code
 * parse_be_float}, {@code write_le}, {@code write_be} (INT and FLOAT), {@code write_utf8} and
 * {@code write_ascii}, each with {@code (start, len)}, exclusive-range and inclusive-range forms.
 *
 * <p>A number uses at most 8 bytes of the region: parsing copies them into the start of a zeroed
 * 8-byte buffer (so 2 big-endian bytes {@code 01 02} read as {@code 0x0102000000000000}); writing
 * stores the first bytes of the value's encoding. An empty region reads as 0 and writes nothing;
 * bytes of the region beyond what is written are left unchanged.
 */
public final class BlobBytesPackage implements Package {
  private static final int WORD = 8;

  @Override
  public void register(FunctionTable.Builder t) {
    BlobRegion.register(t, "parse_le_int", true,
        (c, b, start, len, x) -> word(b, start, len, ByteOrder.LITTLE_ENDIAN));
    BlobRegion.register(t, "parse_be_int", true,
        (c, b, start, len, x) -> word(b, start, len, ByteOrder.BIG_ENDIAN));
    BlobRegion.register(t, "parse_le_float", true, (c, b, start, len, x) ->
        Double.longBitsToDouble(word(b, start, len, ByteOrder.LITTLE_ENDIAN)));
    BlobRegion.register(t, "parse_be_float", true, (c, b, start, len, x) ->
        Double.longBitsToDouble(word(b, start, len, ByteOrder.BIG_ENDIAN)));

    BlobRegion.register(t, "write_le", false, (c, b, start, len, v) ->
        write(b, start, len, encode((Long) v, ByteOrder.LITTLE_ENDIAN)), Long.class);
    BlobRegion.register(t, "write_be", false, (c, b, start, len, v) ->
        write(b, start, len, encode((Long) v, ByteOrder.BIG_ENDIAN)), Long.class);
    BlobRegion.register(t, "write_le", false, (c, b, start, len, v) ->
        write(b, start, len, encode(bits((Double) v), ByteOrder.LITTLE_ENDIAN)), Double.class);
    BlobRegion.register(t, "write_be", false, (c, b, start, len, v) ->
        write(b, start, len, encode(bits((Double) v), ByteOrder.BIG_ENDIAN)), Double.class);

    BlobRegion.register(t, "write_utf8", false,
        (c, b, start, len, s) -> write(b, start, len, BlobPackage.utf8((String) s)), String.class);
    BlobRegion.register(t, "write_ascii", false,
        (c, b, start, len, s) -> write(b, start, len, ascii((String) s)), String.class);
  }

  /** Raw IEEE bits, NaN payload included, as Rust's {@code to_le_bytes} uses. */
  private static long bits(double x) {
    return Double.doubleToRawLongBits(x);
  }

  /** Up to 8 bytes of the region, zero-padded at the end, read in {@code order}. */
  private static long word(RhaiBlob b, long start, long len, ByteOrder order) {
    BlobRegion r = BlobRegion.of(b.size(), start, len);
    byte[] buf = new byte[WORD];
    int n = Math.min(r.len(), WORD);
    for (int i = 0; i < n; i++) {
      buf[i] = (byte) b.get(r.start() + i);
    }
    return ByteBuffer.wrap(buf).order(order).getLong();
  }

  private static byte[] encode(long value, ByteOrder order) {
    return ByteBuffer.allocate(WORD).order(order).putLong(value).array();
  }

  /** The ASCII characters of {@code s} (others are skipped), one byte each. */
  private static byte[] ascii(String s) {
    byte[] out = new byte[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        out[n++] = (byte) ch;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Writes the first {@code min(region length, data length)} bytes of {@code data}. */
  private static Object write(RhaiBlob b, long start, long len, byte[] data) {
    BlobRegion r = BlobRegion.of(b.size(), start, len);
    int n = Math.min(r.len(), data.length);
    for (int i = 0; i < n; i++) {
      b.set(r.start() + i, data[i]);
    }
    return Unit.INSTANCE;
  }
}
