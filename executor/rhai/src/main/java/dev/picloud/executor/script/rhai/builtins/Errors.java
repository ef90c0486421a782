package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.Map;

/** Factories for the runtime errors builtins raise, with Rhai's exact messages. */
public final class Errors {
  private Errors() {}

  /** {@code ErrorArithmetic} with {@code message}. */
  public static RhaiError arithmetic(String message) {
    return RhaiError.of(ErrorKind.ErrorArithmetic, message, Position.NONE);
  }

  /** {@code ErrorMismatchDataType}: {@code Data type incorrect: <actual> (expecting <wanted>)}. */
  public static RhaiError mismatch(String actual, String wanted, Position pos) {
    return RhaiError.of(ErrorKind.ErrorMismatchDataType,
        "Data type incorrect: " + actual + " (expecting " + wanted + ")", pos,
        Map.of("requested", wanted, "actual", actual));
  }

  /** {@code ErrorArrayBounds} for index {@code i} in an array of {@code n} elements. */
  public static RhaiError arrayBounds(long i, int n, Position pos) {
    String tail = n == 0 ? "array is empty" : n == 1 ? "only 1 element in array"
        : "only " + n + " elements in array";
    return RhaiError.of(ErrorKind.ErrorArrayBounds, "Array index " + i + " out of bounds: " + tail,
        pos, Map.of("index", i, "length", (long) n));
  }

  /** {@code ErrorStringBounds} for index {@code i} in a string of {@code n} characters. */
  public static RhaiError stringBounds(long i, int n, Position pos) {
    String tail = n == 0 ? "string is empty" : n == 1 ? "only 1 character in string"
        : "only " + n + " characters in string";
    return RhaiError.of(ErrorKind.ErrorStringBounds,
        "String index " + i + " out of bounds: " + tail, pos,
        Map.of("index", i, "length", (long) n));
  }

  /** {@code ErrorBitFieldBounds}. */
  public static RhaiError bitBounds(long i, Position pos) {
    return RhaiError.of(ErrorKind.ErrorBitFieldBounds,
        "Bit-field index " + i + " out of bounds: only 64 bits in bit-field", pos,
        Map.of("index", i, "length", 64L));
  }

  /** {@code ErrorFunctionNotFound} for a signature text like {@code f (i64, bool)}. */
  public static RhaiError functionNotFound(String signature, Position pos) {
    return RhaiError.of(ErrorKind.ErrorFunctionNotFound, "Function not found: " + signature, pos,
        Map.of("function", signature));
  }

  /** Signature text {@code name (t1, t2)} for the argument values (standard type names). */
  public static String signature(String name, Object[] args) {
    return signature(name, args, Values::typeName);
  }

  /**
   * Signature text {@code name (t1, t2)}, naming custom types with {@code typeName} (the
   * engine's registered names).
   */
  public static String signature(String name, Object[] args,
      java.util.function.Function<Object, String> typeName) {
    StringBuilder sb = new StringBuilder(name).append(" (");
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      Object a = args[i];
      sb.append(a instanceof String ? Values.signatureTypeName(a) : typeName.apply(a));
    }
    return sb.append(')').toString();
  }

  /** {@code ErrorRuntime}-free generic error of any kind. */
  public static RhaiError of(ErrorKind kind, String message) {
    return RhaiError.of(kind, message, Position.NONE);
  }
}
