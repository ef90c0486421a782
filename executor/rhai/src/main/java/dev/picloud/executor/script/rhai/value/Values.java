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

  /**
   * Appends the debug form of {@code v}. Iterative: arrays and maps nested to any depth print
   * without growing the Java stack (pending closing brackets and element iterators are kept on
   * an explicit stack).
   */
  public static void appendDebug(StringBuilder sb, Object v) {
    java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
    todo.push(v);
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (o instanceof Text t) {
        sb.append(t.text);
      } else if (o instanceof Separated it) {
        if (it.hasNext()) {
          Object next = it.next();
          todo.push(it);
          if (next instanceof Map.Entry<?, ?> e) {
            todo.push(e.getValue());
            todo.push(new Text(keyText((String) e.getKey())));
          } else {
            todo.push(next);
          }
        }
      } else if (o instanceof RhaiArray a) {
        sb.append('[');
        todo.push(CLOSE_ARRAY);
        todo.push(new Separated(a.view().iterator()));
      } else if (o instanceof RhaiMap m) {
        sb.append("#{");
        todo.push(CLOSE_MAP);
        todo.push(new Separated(m.view().entrySet().iterator()));
      } else {
        appendLeaf(sb, o);
      }
    }
  }

  /** Literal text waiting on the debug printer's stack. */
  private record Text(String text) {}

  private static final Text CLOSE_ARRAY = new Text("]");
  private static final Text CLOSE_MAP = new Text("}");
  private static final Text COMMA = new Text(", ");

  private static String keyText(String key) {
    StringBuilder k = new StringBuilder();
    appendQuoted(k, key);
    return k.append(": ").toString();
  }

  /** An element iterator that emits ", " between elements. */
  private static final class Separated implements java.util.Iterator<Object> {
    private final java.util.Iterator<?> inner;
    private boolean first = true;
    private Object pending;
    private boolean hasPending;

    Separated(java.util.Iterator<?> inner) {
      this.inner = inner;
    }

    @Override
    public boolean hasNext() {
      return hasPending || inner.hasNext();
    }

    @Override
    public Object next() {
      if (hasPending) {
        hasPending = false;
        return pending;
      }
      Object n = inner.next();
      if (first) {
        first = false;
        return n;
      }
      pending = n;
      hasPending = true;
      return COMMA;
    }
  }

  private static void appendLeaf(StringBuilder sb, Object v) {
    if (v instanceof String s) {
      appendQuoted(sb, s);
    } else if (v instanceof Long l) {
      sb.append(l.longValue());
    } else if (v instanceof Double d) {
      sb.append(FloatFormat.debug(d));
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
          if (escapedInDebug(c)) {
            sb.append("\\u{").append(Integer.toHexString(c)).append('}');
          } else {
            sb.appendCodePoint(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * Whether Rust's {@code {:?}} writes {@code c} as a Unicode escape: characters that are not
   * printable (general categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space, as in
   * Rust's {@code is_printable} tables) and grapheme extenders (combining marks and the
   * Other_Grapheme_Extend characters).
   */
  static boolean escapedInDebug(int c) {
    if (c < 0x7F) {
      return c < 0x20;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
      default -> c == 0x7F || OTHER_GRAPHEME_EXTEND.contains(c);
    };
  }

  /** Unicode's Other_Grapheme_Extend characters that are not nonspacing or enclosing marks. */
  private static final java.util.Set<Integer> OTHER_GRAPHEME_EXTEND = java.util.Set.of(0x09BE,
      0x09D7, 0x0B3E, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57, 0x0DCF,
      0x0DDF, 0x1B35, 0x302E, 0x302F, 0xFF9E, 0xFF9F, 0x1D165, 0x1D16E, 0x1D16F, 0x1D170, 0x1D171,
      0x1D172);

  /** Number of Unicode characters in {@code s}. */
  public static int charLength(String s) {
    return s.codePointCount(0, s.length());
  }
}
