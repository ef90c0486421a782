package dev.picloud.common.json;


import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Converts between JSON and the plain Java values that cross our boundaries ({@code null}, {@link Boolean}, {@link
 * Long}, {@link Double}, {@link String}, {@code List<Object>}, {@code Map<String,Object>}; {@code byte[]} is written
 * as base64). Integral JSON numbers that fit a long become {@link Long}, others {@link Double}.
 */
public final class Json {
  /**
   * One provider for the process: {@code jakarta.json.Json}'s static methods look the provider up through
   * ServiceLoader on every call, which costs a jar scan and several KB of garbage per JSON value.
   */
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private static final JsonWriterFactory PRETTY =
      PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
  private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
  private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

  /** The deepest nesting Parsson accepts (its {@code org.eclipse.parsson.maxDepth} of 1000 is exclusive). */
  static final int MAX_DEPTH = 999;

  private Json() {}

  /**
   * Parses JSON text that holds exactly one value (whitespace around it is fine) into plain Java values.
   *
   * @throws JsonSyntaxException when it does not, with a short reason and the line and column where it went wrong
   */
  public static Object parse(String text) {
    try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
      parser.next();
      Object value = toJava(parser.getValue());
      // Parsson's hasNext() itself rejects content after the value; the explicit check guards against a lenient one.
      if (parser.hasNext()) {
        JsonLocation loc = parser.getLocation();
        throw new JsonSyntaxException(
            "unexpected content after the JSON value", loc.getLineNumber(), loc.getColumnNumber());
      }
      return value;
    } catch (JsonParsingException e) {
      throw JsonErrors.syntaxError(text, e);
    } catch (JsonException | NoSuchElementException e) {
      throw new JsonSyntaxException(e.getMessage(), 0, 0);
    } catch (JsonSyntaxException e) {
      throw e;
    } catch (RuntimeException e) {
      // Parsson reports its nesting limit with a bare RuntimeException; anything else is not a syntax error.
      if (e.getClass() == RuntimeException.class) {
        throw new JsonSyntaxException("the value is nested deeper than " + MAX_DEPTH + " levels", 0, 0);
      }
      throw e;
    }
  }

  /** Writes a plain Java value as compact JSON text. */
  public static String write(Object value) {
    return toJson(value).toString();
  }

  /** Writes a plain Java value as indented JSON text. */
  public static String writePretty(Object value) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = PRETTY.createWriter(out)) {
      writer.write(toJson(value));
    }
    return out.toString().strip();
  }

  /** The jakarta.json value of a plain Java value. */
  public static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonValue v) {
      return v;
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return PROVIDER.createValue(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return JsonValue.NULL;
      }
      return PROVIDER.createValue(d);
    }
    if (value instanceof BigDecimal bd) {
      return PROVIDER.createValue(bd);
    }
    if (value instanceof CharSequence s) {
      return PROVIDER.createValue(s.toString());
    }
    if (value instanceof byte[] bytes) {
      return PROVIDER.createValue(Base64.getEncoder().encodeToString(bytes));
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder b = BUILDERS.createObjectBuilder();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        b.add(String.valueOf(e.getKey()), toJson(e.getValue()));
      }
      return b.build();
    }
    if (value instanceof Iterable<?> list) {
      JsonArrayBuilder b = BUILDERS.createArrayBuilder();
      for (Object item : list) {
        b.add(toJson(item));
      }
      return b.build();
    }
    return PROVIDER.createValue(value.toString());
  }

  /** The plain Java value of a jakarta.json value. */
  public static Object toJava(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> number((JsonNumber) value);
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        List<Object> list = new ArrayList<>(array.size());
        for (JsonValue item : array) {
          list.add(toJava(item));
        }
        yield list;
      }
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
          map.put(e.getKey(), toJava(e.getValue()));
        }
        yield map;
      }
    };
  }

  private static Object number(JsonNumber n) {
    if (n.isIntegral()) {
      try {
        return n.bigDecimalValue().longValueExact();
      } catch (ArithmeticException e) {
        return n.doubleValue();
      }
    }
    return n.doubleValue();
  }

  /** An object builder, for code that writes a fixed shape. */
  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  /** An array builder. */
  public static JsonArrayBuilder array() {
    return BUILDERS.createArrayBuilder();
  }

  /** Reads JSON text into a jakarta.json object; anything else is a syntax error. */
  public static JsonObject parseObject(String text) {
    Object v = parse(text);
    if (!(v instanceof Map<?, ?>)) {
      throw new JsonSyntaxException("expected a JSON object", 1, 1);
    }
    return (JsonObject) toJson(v);
  }

}
