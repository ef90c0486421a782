package dev.picloud.manager.api;

import dev.picloud.common.error.InvalidArgumentException;
import dev.picloud.common.json.Json;
import io.helidon.webserver.http.ServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object request body with typed, validated access: every wrong type, missing field or unknown field is a 400
 * naming the field.
 */
public final class JsonBody {
  private final Map<?, ?> fields;

  private JsonBody(Map<?, ?> fields) {
    this.fields = fields;
  }

  /**
   * Reads the request's body as a JSON object whose keys are all in {@code allowed}.
   *
   * @throws InvalidArgumentException when it is missing, not an object, or has unknown fields
   */
  public static JsonBody read(ServerRequest req, Set<String> allowed) {
    String text = req.content().hasEntity() ? text(req) : "";
    if (text.isBlank()) {
      throw new InvalidArgumentException("the request needs a JSON object body");
    }
    return of(Json.parse(text), allowed);
  }

  /** Largest admin request body (a script's source is at most 1 Mi characters). */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  private static String text(ServerRequest req) {
    if (req.headers().contentLength().orElse(0) > MAX_BYTES) {
      throw tooLarge();
    }
    try (java.io.InputStream in = req.content().inputStream()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge();
      }
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("reading the request body failed", e);
    }
  }

  private static dev.picloud.common.error.PayloadTooLargeException tooLarge() {
    return new dev.picloud.common.error.PayloadTooLargeException(
        "the request body is larger than " + MAX_BYTES + " bytes", Map.of("max_bytes", (long) MAX_BYTES));
  }

  /** Wraps an already parsed value (tests). */
  public static JsonBody of(Object parsed, Set<String> allowed) {
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new InvalidArgumentException("the request body must be a JSON object");
    }
    Set<String> unknown = new TreeSet<>();
    for (Object key : map.keySet()) {
      if (!allowed.contains(String.valueOf(key))) {
        unknown.add(String.valueOf(key));
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidArgumentException(
          "unknown field(s) " + unknown + "; allowed: " + new TreeSet<>(allowed),
          Map.of("field", unknown.iterator().next()));
    }
    return new JsonBody(map);
  }

  /** Whether the field is present (even if null). */
  public boolean has(String field) {
    return fields.containsKey(field);
  }

  /** A required, non-empty string. */
  public String string(String field) {
    return optionalString(field)
        .filter(s -> !s.isEmpty())
        .orElseThrow(() -> invalid(field, "is required"));
  }

  /** An optional string (absent or null → empty). */
  public Optional<String> optionalString(String field) {
    Object v = fields.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof String s)) {
      throw invalid(field, "must be a string");
    }
    return Optional.of(s);
  }

  /** An optional integer. */
  public Optional<Long> optionalLong(String field) {
    Object v = fields.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof Long l)) {
      throw invalid(field, "must be a whole number");
    }
    return Optional.of(l);
  }

  /** A required integer. */
  public long longValue(String field) {
    return optionalLong(field).orElseThrow(() -> invalid(field, "is required"));
  }

  /** An optional list of strings. */
  public Optional<List<String>> optionalStringList(String field) {
    Object v = fields.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof List<?> list)) {
      throw invalid(field, "must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s)) {
        throw invalid(field, "must be an array of strings");
      }
      out.add(s);
    }
    return Optional.of(out);
  }

  /** An error naming a field of the body. */
  public static InvalidArgumentException invalid(String field, String problem) {
    return new InvalidArgumentException(field + " " + problem, Map.of("field", field));
  }
}
