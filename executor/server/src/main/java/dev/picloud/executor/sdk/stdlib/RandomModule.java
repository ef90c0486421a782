package dev.picloud.executor.sdk.stdlib;

import static dev.picloud.executor.sdk.SdkParam.param;

import dev.picloud.executor.sdk.SdkException;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.sdk.SdkType;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;

/**
 * {@code random::}: values from a cryptographically strong generator, fit for tokens, ids and secrets.
 *
 * <p>One generator serves every run. It is the JDK's pure-Java {@code DRBG}, which after seeding does no I/O, so
 * calls never wait on the operating system's entropy source.
 */
public final class RandomModule implements SdkModule {
  /** Most bytes {@code random::bytes} returns. */
  static final int MAX_BYTES = 65_536;
  /** Longest string {@code random::string} returns, in characters. */
  static final int MAX_STRING_CHARS = 4_096;

  private static final int[] ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".codePoints().toArray();

  private final SecureRandom random;

  /** With a fresh DRBG generator. */
  public RandomModule() {
    this(drbg());
  }

  /** With the given generator. */
  public RandomModule(SecureRandom random) {
    this.random = random;
  }

  private static SecureRandom drbg() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no DRBG SecureRandom", e);
    }
  }

  @Override
  public String name() {
    return "random";
  }

  @Override
  public void define(Builder m) {
    m.function(
        "int", SdkType.INT, "A random integer from min to max, both included.",
        List.of(param("min", SdkType.INT), param("max", SdkType.INT)),
        (ctx, a) -> between((Long) a.get(0), (Long) a.get(1)));
    m.function("float", SdkType.FLOAT, "A random float from 0.0 (included) to 1.0 (excluded).", List.of(),
        (ctx, a) -> random.nextDouble());
    m.function(
        "bytes", SdkType.BLOB, "A blob of n random bytes (n at most 65536).", List.of(param("n", SdkType.INT)),
        (ctx, a) -> {
          byte[] bytes = new byte[(int) size("bytes", (Long) a.get(0), MAX_BYTES, "n")];
          random.nextBytes(bytes);
          return bytes;
        });
    m.function(
        "string", SdkType.STRING, "A random string of len letters and digits (A-Z, a-z, 0-9; len at most 4096).",
        List.of(param("len", SdkType.INT)),
        (ctx, a) -> string((Long) a.get(0), ALPHANUMERIC));
    m.function(
        "string", SdkType.STRING, "A random string of len characters, each picked uniformly from alphabet.",
        List.of(param("len", SdkType.INT), param("alphabet", SdkType.STRING)),
        (ctx, a) -> {
          String alphabet = (String) a.get(1);
          if (alphabet.isEmpty()) {
            throw new SdkException("random::string: the alphabet is empty");
          }
          return string((Long) a.get(0), alphabet.codePoints().toArray());
        });
    m.function("uuid", SdkType.STRING, "A random (version 4) UUID in lower-case text.", List.of(),
        (ctx, a) -> uuid());
  }

  private long between(long min, long max) {
    if (min > max) {
      throw new SdkException("random::int: min (" + min + ") is greater than max (" + max + ")");
    }
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    if (min > Long.MIN_VALUE) {
      return random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong();
  }

  private static long size(String function, long n, int max, String name) {
    if (n < 0 || n > max) {
      throw new SdkException("random::" + function + ": " + name + " must be from 0 to " + max + ", got " + n);
    }
    return n;
  }

  private String string(long len, int[] alphabet) {
    int n = (int) size("string", len, MAX_STRING_CHARS, "len");
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
    }
    return out.toString();
  }

  private String uuid() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (b[i] & 0xff);
      lo = (lo << 8) | (b[i + 8] & 0xff);
    }
    return new java.util.UUID(hi, lo).toString();
  }
}
