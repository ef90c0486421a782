package dev.picloud.executor.sdk.stdlib;

import static dev.picloud.executor.sdk.SdkParam.param;

import dev.picloud.executor.sdk.SdkException;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.sdk.SdkType;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/** {@code hex::}: bytes as lower-case hexadecimal text and back (decoding accepts either case). */
public final class HexModule implements SdkModule {
  private static final HexFormat HEX = HexFormat.of();

  @Override
  public String name() {
    return "hex";
  }

  @Override
  public void define(Builder m) {
    m.function("encode", SdkType.STRING, "The UTF-8 bytes of a string as lower-case hex.",
        List.of(param("text", SdkType.STRING)),
        (ctx, a) -> HEX.formatHex(((String) a.get(0)).getBytes(StandardCharsets.UTF_8)));
    m.function("encode", SdkType.STRING, "A blob as lower-case hex.", List.of(param("bytes", SdkType.BLOB)),
        (ctx, a) -> HEX.formatHex((byte[]) a.get(0)));
    m.function("decode", SdkType.STRING, "The string that hex text encodes (an error if it is not UTF-8 text).",
        List.of(param("text", SdkType.STRING)),
        (ctx, a) -> Utf8.decode(decode("decode", (String) a.get(0)), "hex::decode", "hex::decode_bytes"));
    m.function("decode_bytes", SdkType.BLOB, "The bytes that hex text encodes, as a blob.",
        List.of(param("text", SdkType.STRING)), (ctx, a) -> decode("decode_bytes", (String) a.get(0)));
  }

  private static byte[] decode(String function, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isHexDigit(text.charAt(i))) {
        int c = text.codePointAt(i);
        String shown = c >= 0x20 && c != 0x7f ? "'" + Character.toString(c) + "'" : String.format("U+%04X", c);
        throw new SdkException(
            "hex::" + function + ": invalid character " + shown + " at position " + (i + 1) + " (expected 0-9, a-f)");
      }
    }
    if (text.length() % 2 != 0) {
      throw new SdkException(
          "hex::" + function + ": the text has an odd number of digits (" + text.length() + "); each byte is two");
    }
    return HEX.parseHex(text);
  }

  static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
