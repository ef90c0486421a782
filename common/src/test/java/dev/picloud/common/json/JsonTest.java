package dev.picloud.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void roundTripsPlainValuesKeepingIntegersIntegral() {
    Object parsed = Json.parse("{\"a\": 1, \"b\": 2.5, \"c\": [true, null, \"x\"], \"d\": {\"e\": 12345678901234}}");
    assertThat(parsed).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) parsed;
    assertThat(map.get("a")).isEqualTo(1L);
    assertThat(map.get("b")).isEqualTo(2.5);
    assertThat(map.get("c")).isEqualTo(java.util.Arrays.asList(true, null, "x"));
    assertThat(((Map<?, ?>) map.get("d")).get("e")).isEqualTo(12345678901234L);
    assertThat(Json.write(parsed)).isEqualTo("{\"a\":1,\"b\":2.5,\"c\":[true,null,\"x\"],\"d\":{\"e\":12345678901234}}");
  }

  @Test
  void keepsKeyOrderAndWritesBytesAsBase64() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", new byte[] {1, 2, 3});
    m.put("a", Double.NaN);
    assertThat(Json.write(m)).isEqualTo("{\"z\":\"AQID\",\"a\":null}");
  }

  @Test
  void syntaxErrorsCarryTheirPosition() {
    assertThatThrownBy(() -> Json.parse("{\n  \"a\": }"))
        .isInstanceOf(JsonSyntaxException.class)
        .satisfies(e -> assertThat(((JsonSyntaxException) e).line()).isEqualTo(2));
  }

  @Test
  void contentAfterTheValueIsAnError() {
    assertThatThrownBy(() -> Json.parse("\"x\" y"))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("unexpected character 'y'");
              assertThat(e.column()).isEqualTo(5);
            });
    assertThatThrownBy(() -> Json.parse("{} {}"))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessage("unexpected '{' after the JSON value");
    assertThat(Json.parse(" [1] \n")).isEqualTo(List.of(1L));
  }

  @Test
  void anEarlyEndIsReportedAtTheEndOfTheText() {
    assertThatThrownBy(() -> Json.parse("[1,\n2"))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("the text ends before the JSON value is complete");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(2);
            });
    assertThatThrownBy(() -> Json.parse("")).isInstanceOf(JsonSyntaxException.class);
    assertThatThrownBy(() -> Json.parse("nul")).isInstanceOf(JsonSyntaxException.class);
  }

  @Test
  void reasonsNameTokensNotParserInternals() {
    assertThatThrownBy(() -> Json.parse("{\"a\": }"))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("unexpected '}', expected a value");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(7);
            });
  }

  @Test
  void tooDeepNestingIsASyntaxErrorNotACrash() {
    String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
    assertThatThrownBy(() -> Json.parse(deep))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessage("the value is nested deeper than 999 levels");
    String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
    assertThat(Json.parse(ok)).isInstanceOf(List.class);
  }
}
