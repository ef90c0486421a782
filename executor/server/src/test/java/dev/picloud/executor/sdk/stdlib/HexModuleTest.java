package dev.picloud.executor.sdk.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.sdk.RhaiSnippets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code hex::} as scripts see it. */
class HexModuleTest {
  private final RhaiSnippets rhai = new RhaiSnippets();

  @Test
  void encodeWritesLowerCaseHex() {
    assertThat(rhai.run("hex::encode(\"hi!\")")).isEqualTo("686921");
    assertThat(rhai.run("hex::encode(\"é\")")).isEqualTo("c3a9");
    assertThat(rhai.run("hex::encode(base64::decode_bytes(\"AP8=\"))")).isEqualTo("00ff");
    assertThat(rhai.run("hex::encode(\"\")")).isEqualTo("");
  }

  @Test
  void decodeReadsEitherCase() {
    assertThat(rhai.run("hex::decode(\"686921\")")).isEqualTo("hi!");
    assertThat(rhai.run("hex::decode(\"C3A9\")")).isEqualTo("é");
    assertThat(rhai.run("hex::decode_bytes(\"00fF\")")).isEqualTo(new byte[] {0, (byte) 0xff});
    assertThat(rhai.run("hex::decode_bytes(\"\").len()")).isEqualTo(0L);
  }

  @Test
  void invalidTextIsAnErrorSayingWhatAndWhere() {
    assertThat(rhai.caught("hex::decode(\"abc\")"))
        .isEqualTo("hex::decode: the text has an odd number of digits (3); each byte is two");
    assertThat(rhai.caught("hex::decode_bytes(\"0x12\")"))
        .isEqualTo("hex::decode_bytes: invalid character 'x' at position 2 (expected 0-9, a-f)");
    assertThat(rhai.caught("hex::decode(\"12 34\")"))
        .isEqualTo("hex::decode: invalid character ' ' at position 3 (expected 0-9, a-f)");
    assertThat(rhai.caught("hex::decode(\"١٢\")"))
        .isEqualTo("hex::decode: invalid character '١' at position 1 (expected 0-9, a-f)");
    assertThat(rhai.caught("hex::decode(\"ff\")"))
        .isEqualTo("hex::decode: the decoded bytes are not UTF-8 text; use hex::decode_bytes to get them as a blob");
  }

  @Test
  void decodeReadsWhatEncodeWrites() {
    assertThat(
            rhai.run(
                "let b = random::bytes(64);"
                    + " [hex::decode_bytes(hex::encode(b)) == b, hex::decode(hex::encode(\"Zoë\"))]"))
        .isEqualTo(List.of(true, "Zoë"));
  }

  @Test
  void argumentsOfTheWrongTypeAreFunctionNotFound() {
    for (String call : List.of("hex::encode(255)", "hex::decode(random::bytes(1))", "hex::decode_bytes()")) {
      assertThat(rhai.error(call).kind()).as(call).isEqualTo("ErrorFunctionNotFound");
    }
  }
}
