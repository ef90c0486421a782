package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.builtins.Errors;
import dev.picloud.executor.script.rhai.builtins.NativeFn;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import dev.picloud.executor.script.rhai.value.SharedCell;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.Map;

/** Indexing ({@code x[i]}) and property access ({@code x.p}) on every value type (SPEC §4.7–4.8). */
public final class Indexing {
  /** Returned by a modifier that left the value in place. */
  static final Object NO_CHANGE = new Object();

  private Indexing() {}

  /** A read-modify-write step at the end of a chain. */
  @FunctionalInterface
  interface Modifier {
    /** Returns the replacement value or {@link #NO_CHANGE}. */
    Object apply(Object current);
  }

  static RhaiError indexingType(Runtime rt, Object target, Object idx, Position pos) {
    return RhaiError.of(ErrorKind.ErrorIndexingType,
        "Indexer unavailable: " + rt.typeName(target) + " [" + rt.typeName(idx) + "]", pos,
        Map.of("type", rt.typeName(target)));
  }

  static long intIndex(Object idx, Position pos) {
    if (idx instanceof Long l) {
      return l;
    }
    throw Errors.mismatch(Values.typeName(idx), "i64", pos);
  }

  static int arrayIndex(long i, int n, Position pos) {
    long j = i < 0 ? n + i : i;
    if (j < 0 || j >= n) {
      throw Errors.arrayBounds(i, n, pos);
    }
    return (int) j;
  }

  /** {@code target[idx]} for reading (result not yet copied). */
  public static Object get(Runtime rt, CompiledUnit unit, Object target, Object idx, Position pos) {
    return get(rt, unit, target, idx, pos, pos);
  }

  /**
   * {@code target[idx]} for reading; bounds and index-type errors are reported at {@code
   * idxPos}, the index expression, as Rhai does ({@code pos} is the {@code [}).
   */
  static Object get(Runtime rt, CompiledUnit unit, Object target, Object idx, Position pos,
      Position idxPos) {
    if (target instanceof SharedCell c) {
      target = c.value;
    }
    if (target instanceof RhaiArray a) {
      return a.get(arrayIndex(intIndex(idx, idxPos), a.size(), idxPos));
    }
    if (target instanceof RhaiMap m) {
      if (!(idx instanceof String k)) {
        if (idx instanceof RhaiChar c) {
          Object v = m.get(c.toString());
          return v == null ? Unit.INSTANCE : v;
        }
        throw Errors.mismatch(Values.typeName(idx), "string", idxPos);
      }
      Object v = m.get(k);
      return v == null ? Unit.INSTANCE : v;
    }
    if (target instanceof String s) {
      if (idx instanceof Long i) {
        int n = Values.charLength(s);
        long j = i < 0 ? n + i : i;
        if (j < 0 || j >= n) {
          throw Errors.stringBounds(i, n, idxPos);
        }
        return RhaiChar.of(s.codePointAt(s.offsetByCodePoints(0, (int) j)));
      }
      if (idx instanceof RhaiRange || idx instanceof RhaiRangeInclusive) {
        int n = Values.charLength(s);
        long[] r = stringRange(idx, n);
        int from = s.offsetByCodePoints(0, (int) r[0]);
        int to = s.offsetByCodePoints(from, (int) (r[1] - r[0]));
        return s.substring(from, to);
      }
      throw Errors.mismatch(Values.typeName(idx), "i64", idxPos);
    }
    if (target instanceof RhaiBlob b) {
      return (long) b.get(arrayIndex(intIndex(idx, idxPos), b.size(), idxPos));
    }
    if (target instanceof Long n) {
      if (idx instanceof Long i) {
        return (n >>> bit(i, idxPos) & 1) == 1;
      }
      if (idx instanceof RhaiRange || idx instanceof RhaiRangeInclusive) {
        checkBitRange(idx, idxPos);
        long[] r = rangeBounds(idx, 64);
        int len = (int) (r[1] - r[0]);
        if (len <= 0) {
          return 0L;
        }
        long mask = len >= 64 ? -1L : (1L << len) - 1;
        return (n >>> r[0]) & mask;
      }
    }
    Object[] args = {target, idx};
    NativeFn f = rt.engine.natives().resolve("index$get$", Calls.classes(args));
    if (f != null) {
      return Calls.callNative(rt, unit, f, args, pos, "index$get$");
    }
    throw indexingType(rt, target, idx, pos);
  }

  static void checkBitRange(Object r, Position pos) {
    long start = r instanceof RhaiRange x ? x.start() : ((RhaiRangeInclusive) r).start();
    long end = r instanceof RhaiRange x ? x.end() : ((RhaiRangeInclusive) r).end();
    if (start < 0 || start > 64) {
      throw Errors.bitBounds(start, pos);
    }
    if (end != Long.MAX_VALUE && (r instanceof RhaiRange ? end > 64 : end >= 64)) {
      throw Errors.bitBounds(end, pos);
    }
  }

  static int bit(long i, Position pos) {
    if (i >= 0 && i < 64) {
      return (int) i;
    }
    if (i < 0 && i >= -64) {
      return (int) (64 + i);
    }
    throw Errors.bitBounds(i, pos);
  }

  /**
   * The characters {@code s[range]} selects in a string of {@code n} characters, as start
   * (inclusive) and end (exclusive), following Rhai's own arithmetic: a negative bound counts
   * from the end (0 when it reaches past the start), a range covering everything from 0 is the
   * whole string, and otherwise an inclusive range selects {@code end - start + 1} characters only
   * when {@code end > start} (so {@code s[1..=1]} and {@code "hello"[1..=-4]} are empty in Rhai).
   */
  static long[] stringRange(Object r, int n) {
    boolean inclusive = r instanceof RhaiRangeInclusive;
    long rs = inclusive ? ((RhaiRangeInclusive) r).start() : ((RhaiRange) r).start();
    long re = inclusive ? ((RhaiRangeInclusive) r).end() : ((RhaiRange) r).end();
    long start = rs >= 0 ? rs : fromEnd(rs, n);
    long end = re >= 0 ? re : fromEnd(re, n);
    long take;
    if (start == 0 && (inclusive ? end >= n - 1 : end >= n)) {
      take = n;
    } else if (inclusive) {
      take = end > start ? end - start + 1 : 0;
    } else {
      take = Math.max(0, end - start);
    }
    long from = Math.min(start, n);
    return new long[] {from, from + Math.min(take, n - from)};
  }

  private static long fromEnd(long i, int n) {
    return i < -n ? 0 : n + i;
  }

  /** Start (inclusive) and end (exclusive) of a range clamped to 0..n. */
  static long[] rangeBounds(Object r, int n) {
    long start;
    long end;
    if (r instanceof RhaiRange x) {
      start = x.start();
      end = x.end();
    } else {
      RhaiRangeInclusive x = (RhaiRangeInclusive) r;
      start = x.start();
      long e = x.end() < 0 ? x.end() + n : x.end();
      end = e == Long.MAX_VALUE ? Long.MAX_VALUE : e + 1;
    }
    if (start < 0) {
      start += n;
    }
    if (end < 0 && r instanceof RhaiRange) {
      end += n;
    }
    start = Math.max(0, Math.min(start, n));
    end = Math.max(start, Math.min(end, n));
    return new long[] {start, end};
  }

  /**
   * Modifies {@code target[idx]} in place. Returns the replacement for {@code target} itself when
   * it is immutable (string, INT) and had to be rebuilt, else {@link #NO_CHANGE}.
   */
  static Object modify(Runtime rt, CompiledUnit unit, Object target, Object idx, Modifier m,
      Position pos, Position idxPos) {
    if (target instanceof RhaiArray a) {
      int i = arrayIndex(intIndex(idx, idxPos), a.size(), idxPos);
      Object r = m.apply(a.getMut(i));
      if (r != NO_CHANGE) {
        a.set(i, r);
        rt.budget.checkAdded(a, r, false, pos);
      }
      return NO_CHANGE;
    }
    if (target instanceof RhaiMap mp) {
      String k;
      if (idx instanceof String s) {
        k = s;
      } else if (idx instanceof RhaiChar c) {
        k = c.toString();
      } else {
        throw Errors.mismatch(Values.typeName(idx), "string", idxPos);
      }
      Object cur = mp.getMut(k);
      Object r = m.apply(cur == null ? Unit.INSTANCE : cur);
      if (r != NO_CHANGE) {
        mp.put(k, r);
        rt.budget.checkAdded(mp, r, false, pos);
      }
      return NO_CHANGE;
    }
    if (target instanceof RhaiBlob b) {
      int i = arrayIndex(intIndex(idx, idxPos), b.size(), idxPos);
      Object r = m.apply((long) b.get(i));
      if (r != NO_CHANGE) {
        if (!(r instanceof Long v)) {
          throw Errors.mismatch(Values.typeName(r), "INT", pos);
        }
        b.set(i, v);
      }
      return NO_CHANGE;
    }
    if (target instanceof String s) {
      if (idx instanceof Long i) {
        int n = Values.charLength(s);
        long j = i < 0 ? -i : i;
        if (i < 0 ? n + i < 0 : i >= n) {
          throw Errors.stringBounds(i, n, idxPos);
        }
        // Quirk kept from Rhai: a negative index writes at position |i|.
        if (j >= n) {
          throw Errors.stringBounds(i, n, idxPos);
        }
        int off = s.offsetByCodePoints(0, (int) j);
        Object r = m.apply(RhaiChar.of(s.codePointAt(off)));
        if (r == NO_CHANGE) {
          return NO_CHANGE;
        }
        if (!(r instanceof RhaiChar c)) {
          throw Errors.mismatch(Values.typeName(r), "char", pos);
        }
        int end = s.offsetByCodePoints(off, 1);
        return s.substring(0, off) + c + s.substring(end);
      }
      if (idx instanceof RhaiRange || idx instanceof RhaiRangeInclusive) {
        int n = Values.charLength(s);
        long[] rb = stringRange(idx, n);
        int from = s.offsetByCodePoints(0, (int) rb[0]);
        int to = s.offsetByCodePoints(from, (int) (rb[1] - rb[0]));
        Object r = m.apply(s.substring(from, to));
        if (r == NO_CHANGE) {
          return NO_CHANGE;
        }
        if (!(r instanceof String t)) {
          throw Errors.mismatch(Values.typeName(r), "string", pos);
        }
        return s.substring(0, from) + t + s.substring(to);
      }
      throw Errors.mismatch(Values.typeName(idx), "i64", idxPos);
    }
    if (target instanceof Long n) {
      if (idx instanceof Long i) {
        int b = bit(i, idxPos);
        Object r = m.apply((n >>> b & 1) == 1);
        if (r == NO_CHANGE) {
          return NO_CHANGE;
        }
        if (!(r instanceof Boolean v)) {
          throw Errors.mismatch(Values.typeName(r), "bool", pos);
        }
        return v ? n | (1L << b) : n & ~(1L << b);
      }
      if (idx instanceof RhaiRange || idx instanceof RhaiRangeInclusive) {
        checkBitRange(idx, idxPos);
        long[] rb = rangeBounds(idx, 64);
        int len = (int) (rb[1] - rb[0]);
        long mask = len >= 64 ? -1L : (1L << len) - 1;
        Object r = m.apply(len <= 0 ? 0L : (n >>> rb[0]) & mask);
        if (r == NO_CHANGE || len <= 0) {
          return NO_CHANGE;
        }
        if (!(r instanceof Long v)) {
          throw Errors.mismatch(Values.typeName(r), "integer", pos);
        }
        return (n & ~(mask << rb[0])) | ((v & mask) << rb[0]);
      }
    }
    Object[] args = {target, idx};
    NativeFn g = rt.engine.natives().resolve("index$get$", Calls.classes(args));
    if (g != null) {
      Object cur = Calls.callNative(rt, unit, g, args, pos, "index$get$");
      Object r = m.apply(cur);
      if (r != NO_CHANGE) {
        Object[] sargs = {target, idx, r};
        NativeFn s = rt.engine.natives().resolve("index$set$", Calls.classes(sargs));
        if (s == null) {
          throw indexingType(rt, target, idx, pos);
        }
        Calls.callNative(rt, unit, s, sargs, pos, "index$set$");
        return sargs[0] == target ? NO_CHANGE : sargs[0];
      }
      return NO_CHANGE;
    }
    throw indexingType(rt, target, idx, pos);
  }

  /** {@code target.name} for reading (result not yet copied). */
  public static Object getProp(Runtime rt, CompiledUnit unit, Object target, String name, Position pos) {
    if (target instanceof SharedCell c) {
      target = c.value;
    }
    if (target instanceof RhaiMap m) {
      Object v = m.get(name);
      return v == null ? Unit.INSTANCE : v;
    }
    Object[] args = {target};
    NativeFn f = rt.engine.natives().resolve("get$" + name, Calls.classes(args));
    if (f != null) {
      return Calls.callNative(rt, unit, f, args, pos, "get$" + name);
    }
    throw RhaiError.of(ErrorKind.ErrorDotExpr, "Unknown property '" + name
        + "' - a getter is not registered for type '" + rt.typeName(target) + "'", pos,
        Map.of("property", name));
  }

  /** Modifies {@code target.name}; returns a replacement for {@code target} or {@link #NO_CHANGE}. */
  static Object modifyProp(Runtime rt, CompiledUnit unit, Object target, String name, Modifier m, Position pos) {
    if (target instanceof RhaiMap mp) {
      Object cur = mp.getMut(name);
      Object r = m.apply(cur == null ? Unit.INSTANCE : cur);
      if (r != NO_CHANGE) {
        mp.put(name, r);
        rt.budget.checkAdded(mp, r, false, pos);
      }
      return NO_CHANGE;
    }
    Object[] gargs = {target};
    NativeFn g = rt.engine.natives().resolve("get$" + name, Calls.classes(gargs));
    Object cur = g == null ? null : Calls.callNative(rt, unit, g, gargs, pos, "get$" + name);
    Object r = m.apply(cur == null ? Unit.INSTANCE : cur);
    if (r == NO_CHANGE) {
      if (g == null) {
        throw RhaiError.of(ErrorKind.ErrorDotExpr, "Unknown property '" + name
            + "' - a getter is not registered for type '" + rt.typeName(target) + "'", pos,
            Map.of("property", name));
      }
      return NO_CHANGE;
    }
    Object[] sargs = {target, r};
    NativeFn s = rt.engine.natives().resolve("set$" + name, Calls.classes(sargs));
    if (s == null) {
      throw RhaiError.of(ErrorKind.ErrorDotExpr, "No writable property '" + name
          + "' - a setter is not registered for type '" + rt.typeName(target) + "' to handle '"
          + rt.typeName(r) + "'", pos, Map.of("property", name));
    }
    Calls.callNative(rt, unit, s, sargs, pos, "set$" + name);
    return sargs[0] == target ? NO_CHANGE : sargs[0];
  }
}
