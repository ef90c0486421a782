package dev.picloud.executor.sdk.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.sdk.RhaiSnippets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code base64::} as scripts see it. */
class Base64ModuleTest {
  private final RhaiSnippets rhai = new RhaiSnippets();

  @Test
  void encodeWritesUtf8BytesOfStringsAndTheBytesOfBlobsWithPadding() {
    assertThat(rhai.run("base64::encode(\"hello\")")).isEqualTo("aGVsbG8=");
    assertThat(rhai.run("base64::encode(\"é\")")).isEqualTo("w6k=");
    assertThat(rhai.run("base64::encode(\"\")")).isEqualTo("");
    assertThat(rhai.run("base64::encode(hex::decode_bytes(\"fbff\"))")).isEqualTo("+/8=");
  }

  @Test
  void decodeReadsTextWithOrWithoutPaddingIgnoringWhitespace() {
    assertThat(rhai.run("base64::decode(\"aGVsbG8=\")")).isEqualTo("hello");
    assertThat(rhai.run("base64::decode(\"aGVsbG8\")")).isEqualTo("hello");
    assertThat(rhai.run("base64::decode(\"aGVs\\r\\nbG8=\\n\")")).isEqualTo("hello");
    assertThat(rhai.run("base64::decode(\"\")")).isEqualTo("");
    assertThat(rhai.run("base64::decode_bytes(\"+/8=\")")).isEqualTo(new byte[] {(byte) 0xfb, (byte) 0xff});
  }

  @Test
  void decodeOfBytesThatAreNotTextPointsToDecodeBytes() {
    assertThat(rhai.caught("base64::decode(\"/w==\")"))
        .isEqualTo(
            "base64::decode: the decoded bytes are not UTF-8 text; use base64::decode_bytes to get them as a blob");
    assertThat(rhai.run("base64::decode_bytes(\"/w==\")")).isEqualTo(new byte[] {(byte) 0xff});
  }

  @Test
  void urlSafeUsesDashAndUnderscoreWithoutPadding() {
    assertThat(rhai.run("base64::encode_url(hex::decode_bytes(\"fbff\"))")).isEqualTo("-_8");
    assertThat(rhai.run("base64::encode_url(\"hello\")")).isEqualTo("aGVsbG8");
    assertThat(rhai.run("base64::decode_url(\"aGVsbG8\")")).isEqualTo("hello");
    assertThat(rhai.run("base64::decode_url(\"aGVsbG8=\")")).isEqualTo("hello");
    assertThat(rhai.run("base64::decode_url_bytes(\"-_8\")")).isEqualTo(new byte[] {(byte) 0xfb, (byte) 0xff});
    assertThat(rhai.caught("base64::decode_url(\"_w\")"))
        .isEqualTo(
            "base64::decode_url: the decoded bytes are not UTF-8 text; use base64::decode_url_bytes to get them as a"
                + " blob");
  }

  @Test
  void invalidTextIsAnErrorSayingWhatAndWhere() {
    assertThat(rhai.caught("base64::decode(\"ab$c\")"))
        .isEqualTo("base64::decode: invalid character '$' at position 3");
    assertThat(rhai.caught("base64::decode_bytes(\"-_8\")"))
        .isEqualTo(
            "base64::decode_bytes: invalid character '-' at position 1 (URL-safe base64? use base64::decode_url)");
    assertThat(rhai.caught("base64::decode_url(\"+/8=\")"))
        .isEqualTo("base64::decode_url: invalid character '+' at position 1 (standard base64? use base64::decode)");
    assertThat(rhai.caught("base64::decode(\"aGVsbG8=x\")"))
        .isEqualTo("base64::decode: invalid character 'x' at position 9");
    assertThat(rhai.caught("base64::decode(\"aGVsb\")"))
        .isEqualTo("base64::decode: the text is cut short (5 base64 digits cannot be whole bytes)");
    assertThat(rhai.caught("base64::decode(\"YQ=\")"))
        .isEqualTo("base64::decode: the text is cut short (2 base64 digits and 1 '=' cannot be whole bytes)");
  }

  @Test
  void decodeReadsWhatEncodeWrites() {
    assertThat(
            rhai.run(
                """
                let b = random::bytes(100);
                [base64::decode_bytes(base64::encode(b)) == b, base64::decode_url_bytes(base64::encode_url(b)) == b,
                 base64::decode(base64::encode("Zoë 😀")), base64::decode_url(base64::encode_url("a?b"))]
                """))
        .isEqualTo(List.of(true, true, "Zoë 😀", "a?b"));
  }

  @Test
  void argumentsOfTheWrongTypeAreFunctionNotFound() {
    for (String call : List.of("base64::encode(1)", "base64::decode(random::bytes(2))", "base64::encode_url(())",
        "base64::decode_bytes()")) {
      assertThat(rhai.error(call).kind()).as(call).isEqualTo("ErrorFunctionNotFound");
    }
  }
}
