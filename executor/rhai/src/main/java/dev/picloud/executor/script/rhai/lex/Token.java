package dev.picloud.executor.script.rhai.lex;

/**
 * One token.
 *
 * @param kind category
 * @param text the token text (punctuation, keyword, identifier, decoded string, error message)
 * @param intValue INT literal value or char code point
 * @param floatValue FLOAT literal value
 * @param line 1-based line
 * @param column 1-based column
 */
public record Token(TokenKind kind, String text, long intValue, double floatValue, int line, int column) {
  /** Whether this is the punctuation or keyword {@code s}. */
  public boolean is(String s) {
    return (kind == TokenKind.PUNCT || kind == TokenKind.KEYWORD) && text.equals(s);
  }
}
