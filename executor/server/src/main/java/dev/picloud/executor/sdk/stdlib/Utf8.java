package dev.picloud.executor.sdk.stdlib;

import dev.picloud.executor.sdk.SdkException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding for the {@code decode} functions: bytes that are not text are an error, never replaced. */
final class Utf8 {
  private Utf8() {}

  /**
   * The text the bytes encode.
   *
   * @param function the calling function, for the message ({@code base64::decode})
   * @param bytesFunction the function that returns the bytes instead, suggested in the message; null for none
   * @throws SdkException when the bytes are not valid UTF-8
   */
  static String decode(byte[] bytes, String function, String bytesFunction) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      String hint = bytesFunction == null ? "" : "; use " + bytesFunction + " to get them as a blob";
      throw new SdkException(function + ": the decoded bytes are not UTF-8 text" + hint);
    }
  }
}
