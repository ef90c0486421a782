package dev.picloud.executor.sdk.stdlib;

import static dev.picloud.executor.sdk.SdkParam.param;

import dev.picloud.executor.sdk.SdkException;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.sdk.SdkType;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code url::}: percent-encoding of URL components (RFC 3986: everything but {@code A-Z a-z 0-9 - . _ ~} is
 * escaped, as UTF-8) and query strings. {@code decode} leaves {@code +} alone, as in a path; {@code decode_query}
 * reads it as a space, as forms send it.
 */
public final class UrlModule implements SdkModule {
  private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

  @Override
  public String name() {
    return "url";
  }

  @Override
  public void define(Builder m) {
    m.function(
        "encode", SdkType.STRING, "Text percent-encoded for use as one URL component (path segment, query value).",
        List.of(param("text", SdkType.STRING)), (ctx, a) -> encode((String) a.get(0)));
    m.function("decode", SdkType.STRING, "Percent-encoded text decoded (+ stays +).",
        List.of(param("text", SdkType.STRING)), (ctx, a) -> decode("decode", (String) a.get(0), false));
    m.function(
        "encode_query", SdkType.STRING,
        "A map as a query string (a=1&b=x%20y); an array value repeats its key, a () value is left out.",
        List.of(param("params", SdkType.MAP)), (ctx, a) -> encodeQuery(map(a.get(0))));
    m.function(
        "decode_query", SdkType.MAP,
        "A query string as a map of strings; a repeated key gives an array, + is a space, a leading ? is ignored.",
        List.of(param("query", SdkType.STRING)), (ctx, a) -> decodeQuery((String) a.get(0)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static String decode(String function, String text, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()
            || !HexModule.isHexDigit(text.charAt(i + 1))
            || !HexModule.isHexDigit(text.charAt(i + 2))) {
          String escape = text.substring(i, Math.min(text.length(), i + 3));
          throw new SdkException(
              "url::" + function + ": invalid escape " + Quoted.of(escape) + " at position " + (i + 1)
                  + " (% must be followed by two hex digits; write %25 for a literal %)");
        }
        bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
        i += 3;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
        i++;
      } else {
        int end = i + Character.charCount(text.codePointAt(i));
        bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end;
      }
    }
    return Utf8.decode(bytes.toByteArray(), "url::" + function, null);
  }

  private static String encodeQuery(Map<String, Object> params) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Object> e : params.entrySet()) {
      List<?> values = e.getValue() instanceof List<?> list ? list : Collections.singletonList(e.getValue());
      for (Object value : values) {
        if (value == null) {
          continue;
        }
        if (!out.isEmpty()) {
          out.append('&');
        }
        out.append(encode(e.getKey())).append('=').append(encode(scalar(e.getKey(), value)));
      }
    }
    return out.toString();
  }

  private static String scalar(String key, Object value) {
    return switch (value) {
      case String s -> s;
      case Long l -> l.toString();
      case Boolean b -> b.toString();
      case Double d when Double.isFinite(d) -> decimal(d);
      case Double d -> d.toString();
      default ->
          throw new SdkException(
              "url::encode_query: the value of " + Quoted.of(key) + " is " + typeName(value)
                  + "; only strings, numbers, bools, () and arrays of those can go in a query");
    };
  }

  /** A float as Rhai displays it: plain digits, at least one after the point ({@code 2.0}, {@code 0.25}). */
  private static String decimal(double d) {
    String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }

  private static String typeName(Object value) {
    return switch (value) {
      case Map<?, ?> m -> "a map";
      case List<?> l -> "an array inside an array";
      case byte[] b -> "a blob";
      default -> "a " + value.getClass().getSimpleName();
    };
  }

  private static Map<String, Object> decodeQuery(String query) {
    String text = query.startsWith("?") ? query.substring(1) : query;
    Map<String, List<String>> collected = new LinkedHashMap<>();
    for (String pair : text.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode("decode_query", eq < 0 ? pair : pair.substring(0, eq), true);
      String value = eq < 0 ? "" : decode("decode_query", pair.substring(eq + 1), true);
      collected.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    Map<String, Object> params = new LinkedHashMap<>();
    collected.forEach((key, values) -> params.put(key, values.size() == 1 ? values.get(0) : values));
    return params;
  }
}
