package dev.picloud.executor.script.rhai.lex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
  private static List<String> kinds(String src) {
    return Lexer.tokenize(src).stream().map(t -> t.kind() + ":" + t.text()).toList();
  }

  @Test
  void numbersIncludingRadixUnderscoresAndNegativeLiterals() {
    List<Token> t = Lexer.tokenize("0xFF 1_000 0b101; -5 9223372036854775808 1.5e3 2. ");
    assertThat(t.get(0).intValue()).isEqualTo(255);
    assertThat(t.get(1).intValue()).isEqualTo(1000);
    assertThat(t.get(2).intValue()).isEqualTo(5);
    assertThat(t.get(4).intValue()).isEqualTo(-5);
    assertThat(t.get(5).kind()).isEqualTo(TokenKind.FLOAT);
    assertThat(t.get(6).floatValue()).isEqualTo(1500.0);
    assertThat(t.get(7).floatValue()).isEqualTo(2.0);
  }

  @Test
  void minusAfterOperandIsBinary() {
    assertThat(kinds("x -1")).containsExactly("IDENT:x", "PUNCT:-", "INT:1", "EOF:");
  }

  @Test
  void intFollowedByDotIdentifierIsMethodCall() {
    assertThat(kinds("1.abs()")).containsExactly("INT:1", "PUNCT:.", "IDENT:abs", "PUNCT:()", "EOF:");
  }

  @Test
  void stringEscapesAndDoubledQuotes() {
    List<Token> t = Lexer.tokenize("\"a\\tb\\u2764\" \"a\"\"b\" 'x' '\\n'");
    assertThat(t.get(0).text()).isEqualTo("a\tb\u2764");
    assertThat(t.get(1).text()).isEqualTo("a\"b");
    assertThat(t.get(2).intValue()).isEqualTo('x');
    assertThat(t.get(3).intValue()).isEqualTo('\n');
  }

  @Test
  void backtickInterpolationProducesSegments() {
    assertThat(kinds("`a${x}b`")).containsExactly(
        "INTERP_PART:a", "IDENT:x", "INTERP_CLOSE:}", "STRING:b", "EOF:");
  }

  @Test
  void rawStringsAndNestedComments() {
    List<Token> t = Lexer.tokenize("/* a /* b */ c */ ##\"raw #\"# inner\"##");
    assertThat(t.get(0).kind()).isEqualTo(TokenKind.STRING);
    assertThat(t.get(0).text()).isEqualTo("raw #\"# inner");
  }

  @Test
  void errorsBecomeErrorTokens() {
    assertThat(Lexer.tokenize("'ab'").get(0).text()).isEqualTo("Invalid character: 'ab'");
    assertThat(Lexer.tokenize("\"\\q\"").get(0).text()).isEqualTo("Invalid escape sequence: '\\q'");
    assertThat(Lexer.tokenize("a === b").get(1).text()).contains("This is not JavaScript");
    assertThat(Lexer.tokenize("_x").get(0).text()).isEqualTo("Variable name is not proper: '_x'");
  }

  @Test
  void positionsCountCodePoints() {
    List<Token> t = Lexer.tokenize("let s = \"❤\";\n  x");
    Token x = t.get(5);
    assertThat(x.text()).isEqualTo("x");
    assertThat(x.line()).isEqualTo(2);
    assertThat(x.column()).isEqualTo(3);
    assertThat(t.get(4).column()).isEqualTo(12);
  }
}
