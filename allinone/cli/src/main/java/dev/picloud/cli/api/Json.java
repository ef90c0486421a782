package dev.picloud.cli.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON to and from plain Java values ({@code null}, {@link Boolean}, {@link Long}, {@link Double}, {@link String},
 * {@code List<Object>}, {@code Map<String,Object>} keeping key order). The CLI's own copy: it depends on no platform
 * module.
 */
public final class Json {
  private static final JsonWriterFactory PRETTY =
      jakarta.json.Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private Json() {}

  /** Parses JSON text. */
  public static Object parse(String text) {
    try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
      return toJava(reader.readValue());
    }
  }

  /** Parses JSON text, or empty when it is not JSON. */
  public static Optional<Object> tryParse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parse(text));
    } catch (JsonException e) {
      return Optional.empty();
    }
  }

  /** Compact JSON text of a plain value. */
  public static String write(Object value) {
    return toJson(value).toString();
  }

  /** Indented JSON text of a plain value. */
  public static String writePretty(Object value) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = PRETTY.createWriter(out)) {
      writer.write(toJson(value));
    }
    return out.toString().strip();
  }

  private static JsonValue toJson(Object value) {
    return switch (value) {
      case null -> JsonValue.NULL;
      case Boolean b -> b ? JsonValue.TRUE : JsonValue.FALSE;
      case Integer i -> jakarta.json.Json.createValue(i.longValue());
      case Long l -> jakarta.json.Json.createValue(l);
      case Double d -> jakarta.json.Json.createValue(d);
      case String s -> jakarta.json.Json.createValue(s);
      case Map<?, ?> m -> {
        JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
        m.forEach((k, v) -> b.add(String.valueOf(k), toJson(v)));
        yield b.build();
      }
      case List<?> list -> {
        JsonArrayBuilder b = jakarta.json.Json.createArrayBuilder();
        list.forEach(v -> b.add(toJson(v)));
        yield b.build();
      }
      default -> jakarta.json.Json.createValue(String.valueOf(value));
    };
  }

  private static Object toJava(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber n = (JsonNumber) value;
        yield n.isIntegral() ? (Object) n.longValue() : (Object) n.doubleValue();
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        ((JsonArray) value).forEach(v -> list.add(toJava(v)));
        yield list;
      }
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        ((JsonObject) value).forEach((k, v) -> map.put(k, toJava(v)));
        yield map;
      }
    };
  }
}
