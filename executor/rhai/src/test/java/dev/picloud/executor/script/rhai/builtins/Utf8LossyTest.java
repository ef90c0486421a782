package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8LossyTest {
  /** Expected results are Rust's {@code String::from_utf8_lossy}, as code points. */
  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', textBlock = """
      41 C3 A9              | 0041 00E9
      F0 9F 98 80           | 1F600
      F0 9F 98              | FFFD
      F0 9F 98 41           | FFFD 0041
      ED A0 80              | FFFD FFFD FFFD
      ED 9F BF              | D7FF
      C0 80                 | FFFD FFFD
      E0 80 80              | FFFD FFFD FFFD
      E0 A0 80              | 0800
      F4 90 80 80           | FFFD FFFD FFFD FFFD
      F4 8F BF BF           | 10FFFF
      FF 41                 | FFFD 0041
      E2 82                 | FFFD
      E2 82 41 E2 82 AC     | FFFD 0041 20AC
      80 80                 | FFFD FFFD
      """)
  void decodesLikeRust(String hex, String codePoints) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    StringBuilder expected = new StringBuilder();
    for (String cp : codePoints.split(" ")) {
      expected.appendCodePoint(Integer.parseInt(cp, 16));
    }
    assertThat(Utf8Lossy.decode(bytes, bytes.length)).isEqualTo(expected.toString());
  }
}
