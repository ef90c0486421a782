package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.value.FloatFormat;
import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.Map;

/**
 * JSON text ↔ script values with Rhai's {@code parse_json}/{@code to_json} rules: objects are
 * maps, numbers INT or FLOAT, {@code null} is {@code ()}; output writes floats in debug form and
 * chars as {@code 'c'} (as Rhai does).
 */
public final class Json {
  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  /** Parses JSON text whose top level must be an object ({@code parse_json}). */
  public static Object parseObject(String text) {
    Object v = parse(text);
    if (!(v instanceof RhaiMap)) {
      throw RhaiError.of(ErrorKind.ErrorMismatchOutputType,
          "Output type incorrect: " + Values.typeName(v) + " (expecting map)", Position.NONE);
    }
    return v;
  }

  /** Parses any JSON value. */
  public static Object parse(String text) {
    Json j = new Json(text);
    j.ws();
    Object v = j.value();
    j.ws();
    if (j.i < j.s.length()) {
      throw j.error();
    }
    return v;
  }

  private RhaiError error() {
    String what = i < s.length() ? "Unexpected '" + s.charAt(i) + "'" : "Script is incomplete";
    return RhaiError.of(ErrorKind.ErrorParsing, "Syntax error: " + what, new Position(1, i + 1));
  }

  private void ws() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private Object value() {
    if (i >= s.length()) {
      throw error();
    }
    char c = s.charAt(i);
    switch (c) {
      case '{': {
        i++;
        RhaiMap m = new RhaiMap();
        var raw = m.mut();
        ws();
        if (peek('}')) {
          return m;
        }
        while (true) {
          ws();
          if (i >= s.length() || s.charAt(i) != '"') {
            throw error();
          }
          String k = string();
          ws();
          expect(':');
          ws();
          raw.put(k, value());
          ws();
          if (peek('}')) {
            return m;
          }
          expect(',');
        }
      }
      case '[': {
        i++;
        RhaiArray a = new RhaiArray();
        ws();
        if (peek(']')) {
          return a;
        }
        while (true) {
          ws();
          a.add(value());
          ws();
          if (peek(']')) {
            return a;
          }
          expect(',');
        }
      }
      case '"':
        return string();
      default:
        break;
    }
    if (s.startsWith("true", i)) {
      i += 4;
      return Boolean.TRUE;
    }
    if (s.startsWith("false", i)) {
      i += 5;
      return Boolean.FALSE;
    }
    if (s.startsWith("null", i)) {
      i += 4;
      return Unit.INSTANCE;
    }
    int start = i;
    if (c == '-' || c == '+') {
      i++;
    }
    boolean isFloat = false;
    while (i < s.length()) {
      char d = s.charAt(i);
      if (Character.isDigit(d) || d == '_') {
        i++;
      } else if (d == '.' || d == 'e' || d == 'E' || ((d == '-' || d == '+') && isFloat)) {
        isFloat = true;
        i++;
      } else {
        break;
      }
    }
    String num = s.substring(start, i).replace("_", "");
    if (num.isEmpty() || num.equals("-") || num.equals("+")) {
      throw error();
    }
    try {
      if (!isFloat) {
        return Long.parseLong(num);
      }
      return Double.parseDouble(num);
    } catch (NumberFormatException e) {
      try {
        return Double.parseDouble(num);
      } catch (NumberFormatException e2) {
        throw error();
      }
    }
  }

  private boolean peek(char c) {
    if (i < s.length() && s.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error();
    }
  }

  private String string() {
    i++;
    StringBuilder sb = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\' && i < s.length()) {
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case '/' -> sb.append('/');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw error();
            }
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
    throw error();
  }

  /** Writes a value as JSON text ({@code to_json}). */
  public static String write(Object v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v) {
    switch (v) {
      case RhaiMap m -> {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : m.view().entrySet()) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          Values.appendQuoted(sb, e.getKey());
          sb.append(':');
          write(sb, e.getValue());
        }
        sb.append('}');
      }
      case RhaiArray a -> {
        sb.append('[');
        boolean first = true;
        for (Object o : a.view()) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          write(sb, o);
        }
        sb.append(']');
      }
      case RhaiBlob b -> {
        sb.append('[');
        for (int i = 0; i < b.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          sb.append(b.get(i));
        }
        sb.append(']');
      }
      case String str -> Values.appendQuoted(sb, str);
      case Double d -> sb.append(FloatFormat.debug(d));
      case Unit u -> sb.append("null");
      case RhaiChar c -> sb.append('\'').append(c).append('\'');
      case FnPtr p -> {
        if (p.curried().isEmpty()) {
          Values.appendQuoted(sb, p.name());
        } else {
          sb.append('[');
          Values.appendQuoted(sb, p.name());
          for (Object o : p.curried()) {
            sb.append(',');
            write(sb, o);
          }
          sb.append(']');
        }
      }
      default -> sb.append(Values.toDisplay(v));
    }
  }
}
