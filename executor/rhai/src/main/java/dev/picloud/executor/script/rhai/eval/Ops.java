package dev.picloud.executor.script.rhai.eval;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.builtins.Errors;
import dev.picloud.executor.script.rhai.builtins.NativeFn;
import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.List;
import java.util.Map;

/**
 * The built-in operators (SPEC §2.2, §2.12, TSV {@code Engine/builtin-operator}). Nodes handle
 * (INT,INT), (FLOAT,FLOAT) and (string,string) inline and call {@link #binary} for the rest:
 * standard types first (fast-operators mode), then registered functions, then the mixed-type
 * comparison fallback.
 */
public final class Ops {
  static final double EPS = 2.220446049250313e-16;

  private Ops() {}

  static RhaiError arith(String msg) {
    return RhaiError.of(ErrorKind.ErrorArithmetic, msg, Position.NONE);
  }

  /** Checked INT addition. */
  public static long add(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw arith("Addition overflow: " + a + " + " + b);
    }
    return r;
  }

  /** Checked INT subtraction. */
  public static long sub(long a, long b) {
    long r = a - b;
    if (((a ^ b) & (a ^ r)) < 0) {
      throw arith("Subtraction overflow: " + a + " - " + b);
    }
    return r;
  }

  /** Checked INT multiplication. */
  public static long mul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return lo;
    }
    throw arith("Multiplication overflow: " + a + " * " + b);
  }

  /** Checked INT division. */
  public static long div(long a, long b) {
    if (b == 0) {
      throw arith("Division by zero: " + a + " / " + b);
    }
    if (a == Long.MIN_VALUE && b == -1) {
      throw arith("Division overflow: " + a + " / " + b);
    }
    return a / b;
  }

  /** Checked INT remainder. */
  public static long mod(long a, long b) {
    if (b == 0 || (a == Long.MIN_VALUE && b == -1)) {
      throw arith("Modulo division by zero or overflow: " + a + " % " + b);
    }
    return a % b;
  }

  /** Checked INT power. */
  public static long pow(long a, long b) {
    if (b < 0) {
      throw arith("Integer raised to a negative power: " + a + " ** " + b);
    }
    if (b > 4294967295L) {
      throw arith("Exponential overflow: " + a + " ** " + b);
    }
    long result = 1;
    long base = a;
    long e = b;
    try {
      while (e > 0) {
        if ((e & 1) == 1) {
          result = Math.multiplyExact(result, base);
        }
        e >>= 1;
        if (e > 0) {
          base = Math.multiplyExact(base, base);
        }
      }
    } catch (ArithmeticException x) {
      throw arith("Exponential overflow: " + a + " ** " + b);
    }
    return result;
  }

  /** Shift left with Rhai's rules. */
  public static long shl(long a, long b) {
    if (b < 0) {
      return shr(a, b == Long.MIN_VALUE ? Long.MAX_VALUE : -b);
    }
    return b >= 64 ? 0 : a << b;
  }

  /** Arithmetic shift right with Rhai's rules. */
  public static long shr(long a, long b) {
    if (b < 0) {
      return shl(a, b == Long.MIN_VALUE ? Long.MAX_VALUE : -b);
    }
    return b >= 64 ? a >> 63 : a >> b;
  }

  /** Checked negation. */
  public static long neg(long a) {
    if (a == Long.MIN_VALUE) {
      throw arith("Negation overflow: -" + a);
    }
    return -a;
  }

  private static double scale(double x, double y) {
    if (x * y == 0.0) {
      return 1.0;
    }
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    if (Double.isNaN(ax)) {
      return ay;
    }
    if (Double.isNaN(ay)) {
      return ax;
    }
    return Math.max(ax, ay);
  }

  /** Float {@code ==} with Rhai's relative epsilon. */
  public static boolean feq(double x, double y) {
    return Math.abs(x - y) / scale(x, y) <= EPS;
  }

  /** Float {@code !=}. */
  public static boolean fne(double x, double y) {
    return Math.abs(x - y) / scale(x, y) > EPS;
  }

  /** Float {@code >}. */
  public static boolean fgt(double x, double y) {
    return (x - y) / scale(x, y) > EPS;
  }

  /** Float {@code >=}. */
  public static boolean fge(double x, double y) {
    return (x - y) / scale(x, y) > -EPS;
  }

  /** Float {@code <}. */
  public static boolean flt(double x, double y) {
    return (y - x) / scale(x, y) > EPS;
  }

  /** Float {@code <=}. */
  public static boolean fle(double x, double y) {
    return (y - x) / scale(x, y) > -EPS;
  }

  static String concat(Runtime rt, String a, String b, Position pos) {
    long n = (long) a.length() + b.length();
    if (n > 4096) {
      rt.budget.checkString(n, pos);
    }
    String r = a.concat(b);
    rt.budget.checkString(r, pos);
    return r;
  }

  private static boolean numeric(Object v) {
    return v instanceof Long || v instanceof Double;
  }

  private static Object compareResult(String op, int c) {
    return switch (op) {
      case "==" -> c == 0;
      case "!=" -> c != 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      default -> null;
    };
  }

  private static Object floatOp(String op, double x, double y) {
    return switch (op) {
      case "+" -> x + y;
      case "-" -> x - y;
      case "*" -> x * y;
      case "/" -> x / y;
      case "%" -> x % y;
      case "**" -> Math.pow(x, y);
      case "==" -> feq(x, y);
      case "!=" -> fne(x, y);
      case "<" -> flt(x, y);
      case "<=" -> fle(x, y);
      case ">" -> fgt(x, y);
      case ">=" -> fge(x, y);
      default -> null;
    };
  }

  private static Object intOp(String op, long a, long b) {
    return switch (op) {
      case "+" -> add(a, b);
      case "-" -> sub(a, b);
      case "*" -> mul(a, b);
      case "/" -> div(a, b);
      case "%" -> mod(a, b);
      case "**" -> pow(a, b);
      case "<<" -> shl(a, b);
      case ">>" -> shr(a, b);
      case "&" -> a & b;
      case "|" -> a | b;
      case "^" -> a ^ b;
      case "==" -> a == b;
      case "!=" -> a != b;
      case "<" -> a < b;
      case "<=" -> a <= b;
      case ">" -> a > b;
      case ">=" -> a >= b;
      case ".." -> new RhaiRange(a, b);
      case "..=" -> new RhaiRangeInclusive(a, b);
      default -> null;
    };
  }

  /** Compares strings by code point. */
  public static int compareStrings(String a, String b) {
    return RhaiMap.compareKeys(a, b);
  }

  /** Applies a binary operator to two values (see class comment). */
  public static Object binary(String op, Object a, Object b, Runtime rt, CompiledUnit unit, Position pos) {
    Object r = builtin(op, a, b, rt, pos);
    if (r != null) {
      return r;
    }
    Object[] args = {a, b};
    NativeFn f = rt.engine.natives().resolve(op, Calls.classes(args));
    if (f != null) {
      return Calls.callNative(rt, unit, f, args, pos, op);
    }
    if (a.getClass() != b.getClass() && !(numeric(a) && numeric(b))) {
      switch (op) {
        case "==", "<", "<=", ">", ">=" -> {
          return Boolean.FALSE;
        }
        case "!=" -> {
          return Boolean.TRUE;
        }
        default -> { }
      }
    }
    throw Errors.functionNotFound(Errors.signature(op, args, rt::typeName), Position.NONE);
  }

  /** The built-in table for standard types; null when it has no entry. */
  static Object builtin(String op, Object a, Object b, Runtime rt, Position pos) {
    if (a instanceof Long x) {
      if (b instanceof Long y) {
        return intOp(op, x, y);
      }
      if (b instanceof Double y) {
        return floatOp(op, x, y);
      }
      if (b instanceof Unit && op.equals("..")) {
        return new RhaiRange(x, Long.MAX_VALUE);
      }
      if (b instanceof Unit && op.equals("..=")) {
        return new RhaiRangeInclusive(x, Long.MAX_VALUE);
      }
    } else if (a instanceof Double x) {
      if (b instanceof Double y) {
        return floatOp(op, x, y);
      }
      if (b instanceof Long y) {
        return floatOp(op, x, y);
      }
    } else if (a instanceof String s) {
      if (b instanceof String t) {
        return switch (op) {
          case "+" -> concat(rt, s, t, pos);
          case "-" -> s.replace(t, "");
          default -> compareResult(op, compareStrings(s, t));
        };
      }
      if (b instanceof RhaiChar c) {
        return switch (op) {
          case "+" -> concat(rt, s, c.toString(), pos);
          case "-" -> s.replace(c.toString(), "");
          default -> compareResult(op, compareStrings(s, c.toString()));
        };
      }
      if (op.equals("+") && !(b instanceof RhaiBlob)) {
        return concat(rt, s, CallNodes.display(rt, null, b), pos);
      }
      if (b instanceof Unit && compareResult(op, 0) != null) {
        return op.equals("!=");
      }
    } else if (a instanceof RhaiChar c) {
      if (b instanceof RhaiChar d) {
        if (op.equals("+")) {
          return c.toString() + d;
        }
        return compareResult(op, Integer.compare(c.codePoint(), d.codePoint()));
      }
      if (b instanceof String t) {
        if (op.equals("+")) {
          return concat(rt, c.toString(), t, pos);
        }
        return compareResult(op, compareStrings(c.toString(), t));
      }
    } else if (a instanceof Boolean x && b instanceof Boolean y) {
      boolean p = x;
      boolean q = y;
      return switch (op) {
        case "&" -> p & q;
        case "|" -> p | q;
        case "^" -> p ^ q;
        default -> compareResult(op, Boolean.compare(p, q));
      };
    } else if (a instanceof Unit) {
      if (b instanceof Unit && (op.equals("..") || op.equals("..="))) {
        return op.equals("..") ? new RhaiRange(0, Long.MAX_VALUE) : new RhaiRangeInclusive(0, Long.MAX_VALUE);
      }
      if (b instanceof Unit) {
        return switch (op) {
          case "==" -> true;
          case "!=", "<", "<=", ">", ">=" -> false;
          default -> null;
        };
      }
      if (b instanceof String t) {
        if (op.equals("+")) {
          return t;
        }
        return compareResult(op, 0) != null ? (Object) op.equals("!=") : null;
      }
      if (b instanceof Unit && (op.equals("..") || op.equals("..="))) {
        return op.equals("..") ? new RhaiRange(0, Long.MAX_VALUE) : new RhaiRangeInclusive(0, Long.MAX_VALUE);
      }
      if (b instanceof Long y && (op.equals("..") || op.equals("..="))) {
        return op.equals("..") ? new RhaiRange(0, y) : new RhaiRangeInclusive(0, y);
      }
    } else if (a instanceof RhaiArray x) {
      if (b instanceof RhaiArray y) {
        switch (op) {
          case "==" -> {
            return arrayEquals(x, y, rt, pos);
          }
          case "!=" -> {
            return !arrayEquals(x, y, rt, pos);
          }
          case "+" -> {
            RhaiArray r = new RhaiArray(x.size() + y.size());
            for (Object o : x.view()) {
              r.add(Values.share(o));
            }
            for (Object o : y.view()) {
              r.add(Values.share(o));
            }
            rt.budget.checkNew(r, pos);
            return r;
          }
          default -> {
            return null;
          }
        }
      }
    } else if (a instanceof RhaiMap x) {
      if (b instanceof RhaiMap y) {
        switch (op) {
          case "==" -> {
            return mapEquals(x, y, rt, pos);
          }
          case "!=" -> {
            return !mapEquals(x, y, rt, pos);
          }
          case "+" -> {
            RhaiMap r = x.copy();
            for (Map.Entry<String, Object> e : y.view().entrySet()) {
              r.put(e.getKey(), Values.share(e.getValue()));
            }
            rt.budget.checkNew(r, pos);
            return r;
          }
          default -> {
            return null;
          }
        }
      }
    } else if (a instanceof RhaiBlob x) {
      if (b instanceof RhaiBlob y) {
        switch (op) {
          case "==" -> {
            return java.util.Arrays.equals(x.toByteArray(), y.toByteArray());
          }
          case "!=" -> {
            return !java.util.Arrays.equals(x.toByteArray(), y.toByteArray());
          }
          case "+" -> {
            RhaiBlob r = x.copy();
            r.addAll(y.toByteArray());
            rt.budget.checkNew(r, pos);
            return r;
          }
          default -> {
            return null;
          }
        }
      }
      if (b instanceof RhaiChar c && op.equals("+")) {
        RhaiBlob r = x.copy();
        r.addAll(c.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        rt.budget.checkNew(r, pos);
        return r;
      }
    } else if (a instanceof RhaiRange x) {
      if (b instanceof RhaiRange y && (op.equals("==") || op.equals("!="))) {
        return x.equals(y) == op.equals("==");
      }
      if (b instanceof RhaiRangeInclusive && op.equals("!=")) {
        return true;
      }
    } else if (a instanceof RhaiRangeInclusive x) {
      if (b instanceof RhaiRangeInclusive y && (op.equals("==") || op.equals("!="))) {
        return x.equals(y) == op.equals("==");
      }
      if (b instanceof RhaiRange && op.equals("!=")) {
        return true;
      }
    }
    // String + BLOB (either order) decodes UTF-8: registered in StringEditPackage.
    if (b instanceof String t && op.equals("+") && !(a instanceof Unit) && !(a instanceof RhaiBlob)) {
      return concat(rt, CallNodes.display(rt, null, a), t, pos);
    }
    return null;
  }

  /** {@code ==} on two values, as used by arrays, {@code contains} and {@code index_of}. */
  public static boolean valuesEqual(Object a, Object b, Runtime rt, Position pos) {
    if (a.getClass() != b.getClass() && !(numeric(a) && numeric(b))) {
      if (!(a instanceof RhaiChar && b instanceof String) && !(a instanceof String && b instanceof RhaiChar)) {
        return false;
      }
    }
    Object r = binary("==", a, b, rt, null, pos);
    return r instanceof Boolean x && x;
  }

  static boolean arrayEquals(RhaiArray x, RhaiArray y, Runtime rt, Position pos) {
    if (x.size() != y.size()) {
      return false;
    }
    List<Object> a = x.view();
    List<Object> b = y.view();
    for (int i = 0; i < a.size(); i++) {
      if (!valuesEqual(a.get(i), b.get(i), rt, pos)) {
        return false;
      }
    }
    return true;
  }

  static boolean mapEquals(RhaiMap x, RhaiMap y, Runtime rt, Position pos) {
    if (x.size() != y.size()) {
      return false;
    }
    for (Map.Entry<String, Object> e : x.view().entrySet()) {
      Object o = y.get(e.getKey());
      if (o == null || !valuesEqual(e.getValue(), o, rt, pos)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code cur op= rhs}: the built-in in-place forms for standard types, registered {@code op=}
   * functions, else {@code cur op rhs}. Returns the variable's new value.
   */
  public static Object opAssign(String op, Object cur, Object rhs, Runtime rt, CompiledUnit unit, Position pos) {
    // Built-in forms; an operator a type lacks (FLOAT <<=) falls through to "not found".
    Object fast = null;
    if (cur instanceof Long a && rhs instanceof Long b) {
      fast = intOp(op, a, b);
    } else if (cur instanceof Double a) {
      if (rhs instanceof Double b) {
        fast = floatOp(op, a, b);
      } else if (rhs instanceof Long b) {
        fast = floatOp(op, a, b);
      }
    }
    if (fast != null) {
      return fast;
    }
    if (cur instanceof RhaiArray a && op.equals("+")) {
      if (rhs instanceof RhaiArray b) {
        List<Object> l = a.mut();
        for (Object o : b.view()) {
          l.add(Values.share(o));
        }
      } else {
        a.add(rhs);
      }
      rt.budget.checkAdded(a, rhs, rhs instanceof RhaiArray, pos);
      return a;
    }
    if (cur instanceof RhaiMap a && op.equals("+") && rhs instanceof RhaiMap b) {
      for (Map.Entry<String, Object> e : b.view().entrySet()) {
        a.put(e.getKey(), Values.share(e.getValue()));
      }
      rt.budget.checkAdded(a, b, true, pos);
      return a;
    }
    if (cur instanceof RhaiBlob a && op.equals("+")) {
      if (rhs instanceof Long b) {
        a.add(b);
        rt.budget.checkAdded(a, 1L, true, pos);
        return a;
      }
      if (rhs instanceof RhaiBlob b) {
        a.addAll(b.toByteArray());
        rt.budget.checkAdded(a, b, true, pos);
        return a;
      }
      if (rhs instanceof RhaiChar || rhs instanceof String) {
        a.addAll(rhs.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        rt.budget.checkAdded(a, rhs, true, pos);
        return a;
      }
    }
    if (cur instanceof String s && op.equals("+")
        && (rhs instanceof String || rhs instanceof RhaiChar)) {
      return concat(rt, s, rhs.toString(), pos);
    }
    if (!(cur instanceof Long) && !(cur instanceof Double)) {
      Object[] args = {cur, rhs};
      NativeFn f = rt.engine.natives().resolve(op + "=", Calls.classes(args));
      if (f != null) {
        Calls.callNative(rt, unit, f, args, pos, op + "=");
        return args[0];
      }
    }
    try {
      return binary(op, cur, rhs, rt, unit, pos);
    } catch (RhaiError e) {
      throw e.withPositionIfNone(pos);
    }
  }

  /** Whether a function pointer value (no {@code ==} exists for them). */
  static boolean isFnPtr(Object o) {
    return o instanceof FnPtr;
  }
}
