package dev.picloud.executor.sdk.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.sdk.RhaiSnippets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code url::} as scripts see it. */
class UrlModuleTest {
  private final RhaiSnippets rhai = new RhaiSnippets();

  @Test
  void encodeEscapesAllButUnreservedCharactersAsUtf8() {
    assertThat(rhai.run("url::encode(\"a b&c=d/é~-._*+\")")).isEqualTo("a%20b%26c%3Dd%2F%C3%A9~-._%2A%2B");
    assertThat(rhai.run("url::encode(\"AZaz09\")")).isEqualTo("AZaz09");
    assertThat(rhai.run("url::encode(\"😀\")")).isEqualTo("%F0%9F%98%80");
  }

  @Test
  void decodeUndoesPercentEscapesAndLeavesPlusAlone() {
    assertThat(rhai.run("url::decode(\"a%20b%2Bc+d%c3%a9\")")).isEqualTo("a b+c+dé");
    assertThat(rhai.run("url::decode(\"plain é\")")).isEqualTo("plain é");
    assertThat(rhai.run("url::decode(url::encode(\"Zoë & co/?#\"))")).isEqualTo("Zoë & co/?#");
  }

  @Test
  void aBrokenEscapeOrNonUtf8BytesAreErrors() {
    assertThat(rhai.caught("url::decode(\"100%\")"))
        .isEqualTo(
            "url::decode: invalid escape \"%\" at position 4 (% must be followed by two hex digits; write %25 for a"
                + " literal %)");
    assertThat(rhai.caught("url::decode(\"%zz1\")"))
        .asString()
        .startsWith("url::decode: invalid escape \"%zz\" at position 1");
    assertThat(rhai.caught("url::decode(\"a%4\")"))
        .asString()
        .startsWith("url::decode: invalid escape \"%4\" at position 2");
    assertThat(rhai.caught("url::decode(\"%ff\")")).isEqualTo("url::decode: the decoded bytes are not UTF-8 text");
  }

  @Test
  void encodeQueryWritesEachKeyRepeatingArraysAndSkippingUnit() {
    assertThat(
            rhai.run(
                "url::encode_query(#{ q: \"x y\", page: 2, tag: [\"a\", \"b&c\"], debug: (), on: true, r: 0.5 })"))
        .isEqualTo("on=true&page=2&q=x%20y&r=0.5&tag=a&tag=b%26c");
    assertThat(rhai.run("url::encode_query(#{ \"a key\": 2.0, big: 1e20 })"))
        .isEqualTo("a%20key=2.0&big=100000000000000000000.0");
    assertThat(rhai.run("url::encode_query(#{})")).isEqualTo("");
    assertThat(rhai.run("url::encode_query(#{ a: [], b: [()] })")).isEqualTo("");
  }

  @Test
  void encodeQueryRefusesValuesAQueryCannotHold() {
    assertThat(rhai.caught("url::encode_query(#{ filter: #{ a: 1 } })"))
        .isEqualTo(
            "url::encode_query: the value of \"filter\" is a map; only strings, numbers, bools, () and arrays of those"
                + " can go in a query");
    assertThat(rhai.caught("url::encode_query(#{ k: [[1]] })")).asString().contains("is an array inside an array");
    assertThat(rhai.caught("url::encode_query(#{ k: random::bytes(1) })")).asString().contains("is a blob");
  }

  @Test
  void decodeQueryGivesStringsOrArraysForRepeatedKeys() {
    assertThat(rhai.run("url::decode_query(\"?q=x+y&tag=a&tag=b%26c&flag&empty=&=v&&\")"))
        .isEqualTo(Map.of("q", "x y", "tag", List.of("a", "b&c"), "flag", "", "empty", "", "", "v"));
    assertThat(rhai.run("url::decode_query(\"\")")).isEqualTo(Map.of());
    assertThat(rhai.run("url::decode_query(\"a=1=2\")")).isEqualTo(Map.of("a", "1=2"));
    assertThat(rhai.caught("url::decode_query(\"a=%G1\")"))
        .asString()
        .startsWith("url::decode_query: invalid escape \"%G1\" at position 1");
  }

  @Test
  void decodeQueryReadsWhatEncodeQueryWrites() {
    assertThat(
            rhai.run(
                "let q = #{ a: \"1\", b: [\"x y\", \"é\"], c: \"&=?\" }; url::decode_query(url::encode_query(q)) == q"))
        .isEqualTo(true);
  }

  @Test
  void argumentsOfTheWrongTypeAreFunctionNotFound() {
    for (String call : List.of("url::encode(1)", "url::decode(())", "url::encode_query(\"a=1\")",
        "url::encode_query([1])", "url::decode_query(#{})")) {
      assertThat(rhai.error(call).kind()).as(call).isEqualTo("ErrorFunctionNotFound");
    }
  }
}
