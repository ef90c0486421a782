package dev.picloud.executor.sdk.stdlib;

import static dev.picloud.executor.sdk.SdkParam.param;

import dev.picloud.executor.sdk.SdkException;
import dev.picloud.executor.sdk.SdkModule;
import dev.picloud.executor.sdk.SdkType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code base64::}: the standard alphabet with padding ({@code encode}/{@code decode}) and the URL-safe alphabet
 * without padding ({@code encode_url}/{@code decode_url}, RFC 4648 §5). Strings are encoded as their UTF-8 bytes.
 * Decoding accepts text with or without padding and ignores whitespace (line breaks in PEM-style text).
 */
public final class Base64Module implements SdkModule {
  private static final String STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  @Override
  public String name() {
    return "base64";
  }

  @Override
  public void define(Builder m) {
    Base64.Encoder standard = Base64.getEncoder();
    Base64.Encoder urlSafe = Base64.getUrlEncoder().withoutPadding();
    m.function("encode", SdkType.STRING, "The UTF-8 bytes of a string as base64 text (with = padding).",
        List.of(param("text", SdkType.STRING)), (ctx, a) -> standard.encodeToString(utf8(a.get(0))));
    m.function("encode", SdkType.STRING, "A blob as base64 text (with = padding).",
        List.of(param("bytes", SdkType.BLOB)), (ctx, a) -> standard.encodeToString((byte[]) a.get(0)));
    m.function("decode", SdkType.STRING, "The string that base64 text encodes (an error if it is not UTF-8 text).",
        List.of(param("text", SdkType.STRING)),
        (ctx, a) -> Utf8.decode(decode("decode", (String) a.get(0), false), "base64::decode", "base64::decode_bytes"));
    m.function("decode_bytes", SdkType.BLOB, "The bytes that base64 text encodes, as a blob.",
        List.of(param("text", SdkType.STRING)), (ctx, a) -> decode("decode_bytes", (String) a.get(0), false));
    m.function("encode_url", SdkType.STRING, "The UTF-8 bytes of a string as URL-safe base64 (- and _, no padding).",
        List.of(param("text", SdkType.STRING)), (ctx, a) -> urlSafe.encodeToString(utf8(a.get(0))));
    m.function("encode_url", SdkType.STRING, "A blob as URL-safe base64 (- and _, no padding).",
        List.of(param("bytes", SdkType.BLOB)), (ctx, a) -> urlSafe.encodeToString((byte[]) a.get(0)));
    m.function("decode_url", SdkType.STRING, "The string that URL-safe base64 text encodes.",
        List.of(param("text", SdkType.STRING)),
        (ctx, a) ->
            Utf8.decode(
                decode("decode_url", (String) a.get(0), true), "base64::decode_url", "base64::decode_url_bytes"));
    m.function("decode_url_bytes", SdkType.BLOB, "The bytes that URL-safe base64 text encodes, as a blob.",
        List.of(param("text", SdkType.STRING)), (ctx, a) -> decode("decode_url_bytes", (String) a.get(0), true));
  }

  private static byte[] utf8(Object text) {
    return ((String) text).getBytes(StandardCharsets.UTF_8);
  }

  /** Checks the text first, so that errors say what is wrong and where, then decodes it. */
  private static byte[] decode(String function, String text, boolean url) {
    String alphabet = url ? URL_SAFE : STANDARD;
    StringBuilder clean = new StringBuilder(text.length());
    int padding = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        continue;
      }
      if (c == '=' && padding < 2) {
        padding++;
      } else if (padding > 0 || alphabet.indexOf(c) < 0) {
        throw new SdkException(
            "base64::" + function + ": invalid character " + describe(text, i) + " at position " + (i + 1)
                + hint(c, url));
      }
      clean.append(c);
    }
    int digits = clean.length() - padding;
    if (digits % 4 == 1 || (padding > 0 && clean.length() % 4 != 0)) {
      throw new SdkException(
          "base64::" + function + ": the text is cut short (" + digits + " base64 digits"
              + (padding > 0 ? " and " + padding + " '='" : "") + " cannot be whole bytes)");
    }
    String body = clean.substring(0, digits);
    return (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(body);
  }

  private static String describe(String text, int i) {
    int c = text.codePointAt(i);
    return c >= 0x20 && c != 0x7f ? "'" + Character.toString(c) + "'" : String.format("U+%04X", c);
  }

  private static String hint(char c, boolean url) {
    if (!url && (c == '-' || c == '_')) {
      return " (URL-safe base64? use base64::decode_url)";
    }
    if (url && (c == '+' || c == '/')) {
      return " (standard base64? use base64::decode)";
    }
    return "";
  }
}
