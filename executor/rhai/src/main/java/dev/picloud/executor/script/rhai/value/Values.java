package dev.picloud.executor.script.rhai.value;

import java.util.Map;

/** Type names, value-semantics copies and the display/debug text forms of script values. */
public final class Values {
  private Values() {}

  /** Returns {@code v} ready to be stored somewhere new: containers are copied (O(1), COW). */
  public static Object share(Object v) {
    if (v instanceof RhaiArray a) {
      return a.copy();
    }
    if (v instanceof RhaiMap m) {
      return m.copy();
    }
    if (v instanceof RhaiBlob b) {
      return b.copy();
    }
    return v;
  }

  /** The value inside a shared cell, or the value itself. */
  public static Object deref(Object v) {
    return v instanceof SharedCell c ? c.value : v;
  }

  /** Rhai's {@code type_of} name. */
  public static String typeName(Object v) {
    if (v instanceof Long) {
      return "i64";
    }
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Double) {
      return "f64";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    if (v instanceof RhaiChar) {
      return "char";
    }
    if (v instanceof Unit || v == null) {
      return "()";
    }
    if (v instanceof RhaiArray) {
      return "array";
    }
    if (v instanceof RhaiMap) {
      return "map";
    }
    if (v instanceof RhaiBlob) {
      return "blob";
    }
    if (v instanceof FnPtr) {
      return "Fn";
    }
    if (v instanceof RhaiRange) {
      return "range";
    }
    if (v instanceof RhaiRangeInclusive) {
      return "range=";
    }
    if (v instanceof Timestamp) {
      return "timestamp";
    }
    if (v instanceof SharedCell c) {
      return typeName(c.value);
    }
    if (v instanceof RhaiIterable) {
      return "range";
    }
    // Custom types registered with an engine are named by that engine (Runtime.typeName).
    return v.getClass().getName();
  }

  /** Type name as used in "Function not found" signatures (strings are spelled out). */
  public static String signatureTypeName(Object v) {
    return v instanceof String ? "&str | ImmutableString | String" : typeName(v);
  }

  /** The {@code print}/{@code to_string} form. */
  public static String toDisplay(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Long l) {
      return Long.toString(l);
    }
    if (v instanceof Double d) {
      return FloatFormat.display(d);
    }
    if (v instanceof Unit) {
      return "";
    }
    if (v instanceof RhaiChar c) {
      return c.toString();
    }
    if (v instanceof Boolean || v instanceof RhaiRange || v instanceof RhaiRangeInclusive) {
      return v.toString();
    }
    if (v instanceof SharedCell c) {
      return toDisplay(c.value);
    }
    StringBuilder sb = new StringBuilder();
    appendDebug(sb, v);
    return sb.toString();
  }

  /** The {@code debug}/{@code to_debug} form. */
  public static String toDebug(Object v) {
    StringBuilder sb = new StringBuilder();
    appendDebug(sb, v);
    return sb.toString();
  }

  /** Appends the debug form of {@code v}. Deep nesting may overflow the Java stack. */
  public static void appendDebug(StringBuilder sb, Object v) {
    if (v instanceof String s) {
      appendQuoted(sb, s);
    } else if (v instanceof Long l) {
      sb.append(l.longValue());
    } else if (v instanceof Double d) {
      sb.append(FloatFormat.debug(d));
    } else if (v instanceof RhaiArray a) {
      sb.append('[');
      boolean first = true;
      for (Object e : a.view()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        appendDebug(sb, e);
      }
      sb.append(']');
    } else if (v instanceof RhaiMap m) {
      sb.append("#{");
      boolean first = true;
      for (Map.Entry<String, Object> e : m.view().entrySet()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        appendQuoted(sb, e.getKey());
        sb.append(": ");
        appendDebug(sb, e.getValue());
      }
      sb.append('}');
    } else if (v instanceof RhaiBlob b) {
      sb.append('[');
      for (int i = 0; i < b.size(); i++) {
        if (i > 0 && i % 8 == 0) {
          sb.append(' ');
        }
        int x = b.get(i);
        sb.append(Character.forDigit(x >> 4, 16)).append(Character.forDigit(x & 15, 16));
      }
      sb.append(']');
    } else if (v instanceof Unit || v == null) {
      sb.append("()");
    } else if (v instanceof SharedCell c) {
      appendDebug(sb, c.value);
    } else if (v instanceof RhaiIterable
        && !(v instanceof RhaiRange)
        && !(v instanceof RhaiRangeInclusive)) {
      sb.append("range");
    } else if (v instanceof RhaiChar || v instanceof Boolean || v instanceof FnPtr
        || v instanceof RhaiRange || v instanceof RhaiRangeInclusive || v instanceof Timestamp) {
      sb.append(v);
    } else {
      sb.append(typeName(v));
    }
  }

  /** Appends {@code s} quoted and escaped like Rust's {@code {:?}} for strings. */
  public static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case 0 -> sb.append("\\0");
        default -> {
          if (Character.isISOControl(c)) {
            sb.append("\\u{").append(Integer.toHexString(c)).append('}');
          } else {
            sb.appendCodePoint(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** Number of Unicode characters in {@code s}. */
  public static int charLength(String s) {
    return s.codePointCount(0, s.length());
  }
}
