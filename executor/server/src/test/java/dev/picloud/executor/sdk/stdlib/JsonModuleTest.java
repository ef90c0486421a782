package dev.picloud.executor.sdk.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.sdk.RhaiSnippets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code json::} as scripts see it. */
class JsonModuleTest {
  private final RhaiSnippets rhai = new RhaiSnippets();

  @Test
  void parseTurnsObjectsIntoMapsAndNullIntoUnit() {
    assertThat(rhai.run("json::parse(`{\"name\": \"ann\", \"tags\": [\"a\", null], \"n\": {\"x\": true}}`)"))
        .isEqualTo(Map.of("name", "ann", "tags", Arrays.asList("a", null), "n", Map.of("x", true)));
    assertThat(rhai.run("let v = json::parse(`{\"a\": null}`); [v.a == (), \"a\" in v]"))
        .isEqualTo(List.of(true, true));
  }

  @Test
  void integersAreIntAndOtherNumbersFloat() {
    assertThat(
            rhai.run(
                "[\"1\", \"-7\", \"1.0\", \"2.5\", \"1e2\", \"12345678901234567890\"]"
                    + ".map(|t| type_of(json::parse(t)))"))
        .isEqualTo(List.of("i64", "i64", "f64", "f64", "f64", "f64"));
    assertThat(rhai.run("json::parse(\"9223372036854775807\")")).isEqualTo(Long.MAX_VALUE);
    assertThat(rhai.run("json::parse(\"2.5\")")).isEqualTo(2.5);
  }

  @Test
  void parseAcceptsAnyValueAtTheTop() {
    assertThat(rhai.run("json::parse(`\"hi\"`)")).isEqualTo("hi");
    assertThat(rhai.run("json::parse(\" true \")")).isEqualTo(true);
    assertThat(rhai.run("json::parse(\"null\")")).isNull();
    assertThat(rhai.run("json::parse(\"[]\")")).isEqualTo(List.of());
  }

  @Test
  void invalidJsonIsAnErrorWithLineAndColumn() {
    assertThat(rhai.caught("json::parse(`{\"a\": }`)"))
        .isEqualTo("json::parse: invalid JSON at line 1, column 7: unexpected '}', expected a value");
    assertThat(rhai.caught("json::parse(\"{\\n  \\\"a\\\": tru }\")"))
        .isEqualTo("json::parse: invalid JSON at line 2, column 11: unexpected character ' ', expected 'e'");
    assertThat(rhai.caught("json::parse(\"[1, 2\")"))
        .isEqualTo("json::parse: invalid JSON at line 1, column 6: the text ends before the JSON value is complete");
    assertThat(rhai.caught("json::parse(\"\")"))
        .isEqualTo("json::parse: invalid JSON at line 1, column 1: the text ends before the JSON value is complete");
    assertThat(rhai.caught("json::parse(\"{} []\")"))
        .asString()
        .startsWith("json::parse: invalid JSON")
        .endsWith("unexpected '[' after the JSON value");
    assertThat(rhai.caught("json::parse(\"{'a': 1}\")"))
        .isEqualTo("json::parse: invalid JSON at line 1, column 2: unexpected character '''");
  }

  @Test
  void tooDeeplyNestedJsonIsAnError() {
    assertThat(rhai.caught("let t = \"\"; for i in 0..1000 { t += \"[\"; } json::parse(t)"))
        .isEqualTo("json::parse: invalid JSON: the value is nested deeper than 999 levels");
  }

  @Test
  void stringifyWritesCompactJsonInTheMapsKeyOrder() {
    assertThat(rhai.run("json::stringify(#{ b: [1, 2.5, (), true], a: \"x\" })"))
        .isEqualTo("{\"a\":\"x\",\"b\":[1,2.5,null,true]}");
    assertThat(rhai.run("json::stringify(\"say \\\"hi\\\"\\n\")")).isEqualTo("\"say \\\"hi\\\"\\n\"");
    assertThat(rhai.run("json::stringify(42)")).isEqualTo("42");
    assertThat(rhai.run("json::stringify(())")).isEqualTo("null");
    assertThat(rhai.run("json::stringify('c')")).isEqualTo("\"c\"");
  }

  @Test
  void stringifyWritesBlobsAsBase64AndNonFiniteFloatsAsNull() {
    assertThat(rhai.run("json::stringify(#{ key: base64::decode_bytes(\"AQID\"), nan: 0.0 / 0.0 })"))
        .isEqualTo("{\"key\":\"AQID\",\"nan\":null}");
  }

  @Test
  void stringifyPrettyIndentsByFourSpaces() {
    assertThat(rhai.run("json::stringify_pretty(#{ a: 1, b: [true] })"))
        .isEqualTo("{\n    \"a\": 1,\n    \"b\": [\n        true\n    ]\n}");
    assertThat(rhai.run("json::stringify_pretty(1.5)")).isEqualTo("1.5");
  }

  @Test
  void parseReadsWhatStringifyWrites() {
    assertThat(
            rhai.run(
                """
                let v = #{ id: 7, name: "Zoë", scores: [1.5, -2], nested: #{ ok: false, none: () } };
                let back = json::parse(json::stringify(v));
                let pretty = json::parse(json::stringify_pretty(v));
                [back == v, pretty == v]
                """))
        .isEqualTo(List.of(true, true));
  }

  @Test
  void argumentsOfTheWrongTypeAreFunctionNotFound() {
    for (String call : List.of("json::parse(1)", "json::parse(\"1\", 2)", "json::stringify()")) {
      assertThat(rhai.error(call).kind()).as(call).isEqualTo("ErrorFunctionNotFound");
    }
  }
}
