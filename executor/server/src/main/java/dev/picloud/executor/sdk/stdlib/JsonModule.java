package dev.picloud.executor.sdk.stdlib;

import static dev.picloud.executor.sdk.SdkParam.param;

import dev.picloud.common.json.Json;
import dev.picloud.common.json.JsonSyntaxException;
import dev.picloud.executor.sdk.SdkException;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.sdk.SdkType;
import java.util.List;

/**
 * {@code json::}: JSON text to script values and back. Objects are maps, arrays arrays, integers INT (when they fit),
 * other numbers FLOAT, {@code null} is {@code ()}. Writing follows the map's own key order (Rhai maps keep keys
 * sorted), writes a blob as base64 text and a NaN or infinite FLOAT as {@code null}.
 */
public final class JsonModule implements SdkModule {
  @Override
  public String name() {
    return "json";
  }

  @Override
  public void define(Builder m) {
    m.function(
        "parse", SdkType.ANY, "The value of a JSON text (object, array, string, number, bool or null).",
        List.of(param("text", SdkType.STRING)), (ctx, a) -> parse((String) a.get(0)));
    m.function("stringify", SdkType.STRING, "A value as compact JSON text.", List.of(param("value", SdkType.ANY)),
        (ctx, a) -> Json.write(a.get(0)));
    m.function(
        "stringify_pretty", SdkType.STRING, "A value as JSON text indented by four spaces per level.",
        List.of(param("value", SdkType.ANY)), (ctx, a) -> Json.writePretty(a.get(0)));
  }

  private static Object parse(String text) {
    try {
      return Json.parse(text);
    } catch (JsonSyntaxException e) {
      String where = e.line() > 0 ? " at line " + e.line() + ", column " + e.column() : "";
      throw new SdkException("json::parse: invalid JSON" + where + ": " + e.getMessage());
    }
  }
}
