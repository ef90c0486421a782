package dev.picloud.executor.script.rhai.lex;

/** Token categories. Punctuation and keywords keep their text in {@link Token#text()}. */
public enum TokenKind {
  /** An integer literal; value in {@link Token#intValue()}. */
  INT,
  /** A float literal; value in {@link Token#floatValue()}. */
  FLOAT,
  /** A complete string literal (or the last segment of an interpolated one). */
  STRING,
  /** A character literal; code point in {@link Token#intValue()}. */
  CHAR,
  /** An identifier. */
  IDENT,
  /** An active keyword ({@code let}, {@code if}, …, {@code true}). */
  KEYWORD,
  /** A reserved word or symbol that cannot be used. */
  RESERVED,
  /** Punctuation or an operator. */
  PUNCT,
  /** A back-tick string segment that ends at {@code ${}. */
  INTERP_PART,
  /** The {@code }} that closes an interpolation. */
  INTERP_CLOSE,
  /** A lexical error; the message is in {@link Token#text()}. */
  ERROR,
  /** End of input. */
  EOF
}
