package dev.picloud.executor.sdk.stdlib;

/** Script-supplied text quoted for an error message, shortened so that a huge input cannot make a huge message. */
final class Quoted {
  private static final int MAX_CODE_POINTS = 60;

  private Quoted() {}

  /** {@code "text"}, or its first 60 code points followed by {@code …}. */
  static String of(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_CODE_POINTS) {
      return '"' + text + '"';
    }
    return '"' + text.substring(0, text.offsetByCodePoints(0, MAX_CODE_POINTS)) + "…\"";
  }
}
