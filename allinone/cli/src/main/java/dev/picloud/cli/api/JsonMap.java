package dev.picloud.cli.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed reads from one parsed JSON object; a missing or {@code null} member reads as empty, zero or {@code null}. */
public record JsonMap(Map<String, Object> map) {
  /** The object {@code value} when it is one, else an empty map. */
  @SuppressWarnings("unchecked")
  public static JsonMap of(Object value) {
    return new JsonMap(value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
  }

  public boolean has(String key) {
    return map.get(key) != null;
  }

  /** A member as text ({@code ""} when missing). */
  public String string(String key) {
    Object v = map.get(key);
    return v == null ? "" : v instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : v.toString();
  }

  public long number(String key) {
    return map.get(key) instanceof Number n ? n.longValue() : 0;
  }

  public double decimal(String key) {
    return map.get(key) instanceof Number n ? n.doubleValue() : 0;
  }

  public boolean bool(String key) {
    return Boolean.TRUE.equals(map.get(key));
  }

  public JsonMap object(String key) {
    return of(map.get(key));
  }

  /** An array of objects. */
  public List<JsonMap> objects(String key) {
    List<JsonMap> out = new ArrayList<>();
    if (map.get(key) instanceof List<?> list) {
      list.forEach(v -> out.add(of(v)));
    }
    return out;
  }

  /** An array of strings. */
  public List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    if (map.get(key) instanceof List<?> list) {
      list.forEach(v -> out.add(String.valueOf(v)));
    }
    return out;
  }
}
