package dev.picloud.executor.script.rhai.lex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Rhai's tokenizer (SPEC §1). Produces the whole token list up front; lexical errors become
 * {@link TokenKind#ERROR} tokens which the parser reports when it reaches them (as Rhai does).
 * Back-tick strings with {@code ${…}} yield {@link TokenKind#INTERP_PART} segments, the block's
 * tokens, {@link TokenKind#INTERP_CLOSE}, …, and a final {@link TokenKind#STRING}.
 */
public final class Lexer {
  /** Active keywords. */
  public static final Set<String> KEYWORDS = Set.of(
      "true", "false", "let", "const", "if", "else", "switch", "do", "while", "until", "loop",
      "for", "in", "continue", "break", "return", "throw", "try", "catch", "fn", "private",
      "import", "export", "as", "this");

  /** Reserved words that cannot be used at all. */
  public static final Set<String> RESERVED_WORDS = Set.of(
      "var", "static", "shared", "is", "use", "case", "async", "public", "protected", "package",
      "super", "spawn", "thread", "sync", "yield", "new", "match", "await", "with", "void",
      "null", "nil", "module", "default", "go", "goto");

  /** Reserved names usable only as (special) function calls. */
  public static final Set<String> CALLABLE_RESERVED = Set.of(
      "print", "debug", "type_of", "eval", "Fn", "call", "curry", "is_def_var", "is_def_fn",
      "is_shared");

  private static final String[] SYMBOLS3 = {"..=", "**=", "<<=", ">>=", "===", "!==", "...", "::<"};
  private static final String[] SYMBOLS2 = {
    "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "?[", "..", "::", "=>", "+=", "-=", "*=",
    "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>", "()", "#{", "++", "--", "->", "<-", ":=",
    ":;", "<|", "|>", "!.", "#!"
  };
  private static final Set<String> RESERVED_SYMBOLS =
      Set.of("?", "~", "@", "$", "#", "#!", "++", "--", "...", "!.", "<-", "->", "<|", "|>",
          "::<", ":;", ":=", "===", "!==");
  private static final String SINGLE = "()[]{},;:.+-*/%&|^!<>=?~@$#";

  private final int[] src;
  private int i;
  private int line = 1;
  private int col = 1;
  private final List<Token> out = new ArrayList<>();
  /** Brace depth of each open interpolation (innermost last). */
  private final Deque<int[]> interp = new ArrayDeque<>();

  private Lexer(String source) {
    this.src = source.codePoints().toArray();
  }

  /** Tokenizes {@code source}; the list always ends with an EOF token. */
  public static List<Token> tokenize(String source) {
    Lexer l = new Lexer(source);
    l.run();
    return l.out;
  }

  private int peek(int k) {
    int j = i + k;
    return j < src.length ? src[j] : -1;
  }

  private int advance() {
    int c = src[i++];
    if (c == '\n') {
      line++;
      col = 1;
    } else {
      col++;
    }
    return c;
  }

  private void emit(TokenKind k, String text, int l, int c) {
    out.add(new Token(k, text, 0, 0, l, c));
  }

  private boolean unaryAllowed() {
    if (out.isEmpty()) {
      return true;
    }
    Token t = out.get(out.size() - 1);
    return switch (t.kind()) {
      case PUNCT -> !(t.text().equals(")") || t.text().equals("]") || t.text().equals("}")
          || t.text().equals("()") || t.text().equals("_"));
      case KEYWORD -> !(t.text().equals("true") || t.text().equals("false") || t.text().equals("this"));
      case INTERP_PART, ERROR -> true;
      default -> false;
    };
  }

  private void run() {
    while (true) {
      skipSpaceAndComments();
      if (i >= src.length) {
        out.add(new Token(TokenKind.EOF, "", 0, 0, line, col));
        return;
      }
      int l = line;
      int c = col;
      int ch = src[i];
      if (ch >= '0' && ch <= '9') {
        number(l, c, false);
      } else if (ch == '-' && peek(1) >= '0' && peek(1) <= '9' && unaryAllowed()) {
        advance();
        number(l, c, true);
      } else if (isIdentStart(ch)) {
        identifier(l, c);
      } else if (ch == '"') {
        advance();
        quoted(l, c);
      } else if (ch == '`') {
        advance();
        if (peek(0) == '\n') {
          advance();
        } else if (peek(0) == '\r' && peek(1) == '\n') {
          advance();
          advance();
        }
        backtick(l, c);
      } else if (ch == '\'') {
        advance();
        character(l, c);
      } else if (ch == '#' && (peek(1) == '"' || (peek(1) == '#' && rawAhead()))) {
        raw(l, c);
      } else {
        symbol(l, c);
      }
    }
  }

  private boolean rawAhead() {
    int j = i;
    while (j < src.length && src[j] == '#') {
      j++;
    }
    return j < src.length && src[j] == '"';
  }

  private void skipSpaceAndComments() {
    while (i < src.length) {
      int ch = src[i];
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
        advance();
      } else if (ch == '/' && peek(1) == '/') {
        while (i < src.length && src[i] != '\n') {
          advance();
        }
      } else if (ch == '/' && peek(1) == '*') {
        advance();
        advance();
        int depth = 1;
        while (i < src.length && depth > 0) {
          if (src[i] == '/' && peek(1) == '*') {
            advance();
            advance();
            depth++;
          } else if (src[i] == '*' && peek(1) == '/') {
            advance();
            advance();
            depth--;
          } else {
            advance();
          }
        }
      } else {
        return;
      }
    }
  }

  private static boolean isIdentStart(int ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
  }

  private static boolean isIdentChar(int ch) {
    return isIdentStart(ch) || (ch >= '0' && ch <= '9');
  }

  private void identifier(int l, int c) {
    StringBuilder sb = new StringBuilder();
    while (i < src.length && isIdentChar(src[i])) {
      sb.appendCodePoint(advance());
    }
    String s = sb.toString();
    if (s.equals("_")) {
      emit(TokenKind.PUNCT, "_", l, c);
    } else if (s.startsWith("_")) {
      emit(TokenKind.ERROR, "Variable name is not proper: '" + s + "'", l, c);
    } else if (KEYWORDS.contains(s)) {
      emit(TokenKind.KEYWORD, s, l, c);
    } else if (RESERVED_WORDS.contains(s)) {
      emit(TokenKind.RESERVED, s, l, c);
    } else {
      emit(TokenKind.IDENT, s, l, c);
    }
  }

  private void number(int l, int c, boolean negative) {
    int start = i;
    if (src[i] == '0' && "xXoObB".indexOf(peek(1)) >= 0 && peek(1) > 0) {
      int radix = switch (Character.toLowerCase(peek(1))) {
        case 'x' -> 16;
        case 'o' -> 8;
        default -> 2;
      };
      advance();
      advance();
      StringBuilder digits = new StringBuilder();
      StringBuilder raw = new StringBuilder();
      while (i < src.length && (Character.digit(src[i], radix) >= 0 || src[i] == '_')) {
        int d = advance();
        raw.appendCodePoint(d);
        if (d != '_') {
          digits.appendCodePoint(d);
        }
      }
      try {
        if (digits.isEmpty()) {
          throw new NumberFormatException();
        }
        long v = Long.parseUnsignedLong(digits.toString(), radix);
        out.add(new Token(TokenKind.INT, text(start), negative ? -v : v, 0, l, c));
      } catch (NumberFormatException e) {
        emit(TokenKind.ERROR, "Invalid number: '" + raw + "'", l, c);
      }
      return;
    }
    StringBuilder num = new StringBuilder(negative ? "-" : "");
    digitsInto(num);
    boolean isFloat = false;
    if (peek(0) == '.' && peek(1) >= '0' && peek(1) <= '9') {
      isFloat = true;
      num.append('.');
      advance();
      digitsInto(num);
    } else if (peek(0) == '.' && peek(1) != '.' && !isIdentStart(peek(1)) && peek(1) != -1) {
      isFloat = true;
      advance();
    }
    if ((peek(0) == 'e' || peek(0) == 'E')
        && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
      isFloat = true;
      num.append('e');
      advance();
      if (peek(0) == '+' || peek(0) == '-') {
        num.appendCodePoint(advance());
      }
      digitsInto(num);
    }
    String s = num.toString();
    if (!isFloat) {
      try {
        out.add(new Token(TokenKind.INT, s, Long.parseLong(s), 0, l, c));
        return;
      } catch (NumberFormatException e) {
        // A decimal literal too large for INT becomes a FLOAT (as Rhai does).
      }
    }
    out.add(new Token(TokenKind.FLOAT, s, 0, Double.parseDouble(s), l, c));
  }

  private static boolean isDigit(int ch) {
    return ch >= '0' && ch <= '9';
  }

  private void digitsInto(StringBuilder sb) {
    while (i < src.length && (isDigit(src[i]) || src[i] == '_')) {
      int d = advance();
      if (d != '_') {
        sb.appendCodePoint(d);
      }
    }
  }

  private String text(int from) {
    return new String(src, from, i - from);
  }

  /** Reads one escape after a backslash; returns the code point or -1 after emitting an error. */
  private int escape(int l, int c, int quote) {
    if (i >= src.length) {
      return -2;
    }
    int e = advance();
    switch (e) {
      case '\\':
        return '\\';
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'x':
      case 'u':
      case 'U': {
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        StringBuilder seq = new StringBuilder("\\").appendCodePoint(e);
        int v = 0;
        for (int k = 0; k < n; k++) {
          int d = i < src.length ? Character.digit(src[i], 16) : -1;
          if (d < 0) {
            emit(TokenKind.ERROR, "Invalid escape sequence: '" + seq + "'", l, c);
            return -1;
          }
          seq.appendCodePoint(advance());
          v = v * 16 + d;
        }
        if (!Character.isValidCodePoint(v) || (v >= 0xD800 && v <= 0xDFFF)) {
          emit(TokenKind.ERROR, "Invalid escape sequence: '" + seq + "'", l, c);
          return -1;
        }
        return v;
      }
      default:
        if (e == quote) {
          return quote;
        }
        emit(TokenKind.ERROR, "Invalid escape sequence: '\\" + Character.toString(e) + "'", l, c);
        return -1;
    }
  }

  private void quoted(int l, int c) {
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (i >= src.length) {
        emit(TokenKind.ERROR, "Open string is not terminated", l, c);
        return;
      }
      int ch = src[i];
      if (ch == '"') {
        advance();
        if (peek(0) == '"') {
          advance();
          sb.append('"');
          continue;
        }
        emit(TokenKind.STRING, sb.toString(), l, c);
        return;
      }
      if (ch == '\n') {
        emit(TokenKind.ERROR, "Open string is not terminated", l, c);
        return;
      }
      if (ch == '\r' && peek(1) == '\n') {
        advance();
        continue;
      }
      if (ch == '\\') {
        advance();
        if (peek(0) == '\n' || (peek(0) == '\r' && peek(1) == '\n')) {
          if (peek(0) == '\r') {
            advance();
          }
          advance();
          int skipped = 0;
          while (i < src.length && (src[i] == ' ' || src[i] == '\t') && skipped < c) {
            advance();
            skipped++;
          }
          continue;
        }
        int v = escape(l, c, '"');
        if (v == -1) {
          skipRestOfString('"');
          return;
        }
        if (v == -2) {
          emit(TokenKind.ERROR, "Open string is not terminated", l, c);
          return;
        }
        sb.appendCodePoint(v);
        continue;
      }
      sb.appendCodePoint(advance());
    }
  }

  private void skipRestOfString(int quote) {
    while (i < src.length && src[i] != quote && src[i] != '\n') {
      advance();
    }
    if (i < src.length && src[i] == quote) {
      advance();
    }
  }

  private void backtick(int l, int c) {
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (i >= src.length) {
        emit(TokenKind.ERROR, "Open string is not terminated", l, c);
        return;
      }
      int ch = src[i];
      if (ch == '`') {
        advance();
        if (peek(0) == '`') {
          advance();
          sb.append('`');
          continue;
        }
        emit(TokenKind.STRING, sb.toString(), l, c);
        return;
      }
      if (ch == '\\' && peek(1) == '$' && peek(2) == '{') {
        advance();
        advance();
        advance();
        sb.append("${");
        continue;
      }
      if (ch == '$' && peek(1) == '{') {
        advance();
        advance();
        emit(TokenKind.INTERP_PART, sb.toString(), l, c);
        interp.push(new int[] {0, l, c});
        return;
      }
      if (ch == '\r' && peek(1) == '\n') {
        advance();
        continue;
      }
      sb.appendCodePoint(advance());
    }
  }

  private void character(int l, int c) {
    StringBuilder sb = new StringBuilder();
    int count = 0;
    int value = 0;
    while (true) {
      if (i >= src.length || src[i] == '\n') {
        emit(TokenKind.ERROR, "Invalid character: '" + sb + "'", l, c);
        return;
      }
      int ch = advance();
      if (ch == '\'') {
        break;
      }
      if (ch == '\\') {
        int v = escape(l, c, '\'');
        if (v < 0) {
          skipRestOfString('\'');
          return;
        }
        value = v;
        sb.appendCodePoint(v);
      } else {
        value = ch;
        sb.appendCodePoint(ch);
      }
      count++;
    }
    if (count != 1) {
      emit(TokenKind.ERROR, "Invalid character: '" + sb + "'", l, c);
      return;
    }
    out.add(new Token(TokenKind.CHAR, sb.toString(), value, 0, l, c));
  }

  private void raw(int l, int c) {
    int hashes = 0;
    while (peek(0) == '#') {
      advance();
      hashes++;
    }
    advance();
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (i >= src.length) {
        emit(TokenKind.ERROR, "Open string is not terminated", l, c);
        return;
      }
      if (src[i] == '"') {
        int k = 0;
        while (k < hashes && peek(1 + k) == '#') {
          k++;
        }
        if (k == hashes) {
          advance();
          for (int n = 0; n < hashes; n++) {
            advance();
          }
          emit(TokenKind.STRING, sb.toString(), l, c);
          return;
        }
      }
      sb.appendCodePoint(advance());
    }
  }

  private boolean lookingAt(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (peek(k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private void symbol(int l, int c) {
    int ch = src[i];
    if (ch == '!' && peek(1) == 'i' && peek(2) == 'n' && !isIdentChar(peek(3))) {
      advance();
      advance();
      advance();
      emit(TokenKind.KEYWORD, "!in", l, c);
      return;
    }
    if (lookingAt("(*")) {
      advance();
      advance();
      emit(TokenKind.ERROR,
          "'(* .. *)' is not a valid comment format. This is not Pascal! Should it be '/* .. */'?", l, c);
      return;
    }
    String sym = null;
    for (String s : SYMBOLS3) {
      if (lookingAt(s)) {
        sym = s;
        break;
      }
    }
    if (sym == null) {
      for (String s : SYMBOLS2) {
        if (lookingAt(s)) {
          sym = s;
          break;
        }
      }
    }
    if (sym == null) {
      if (ch < 128 && SINGLE.indexOf(ch) >= 0) {
        sym = Character.toString(ch);
      } else {
        advance();
        emit(TokenKind.ERROR, "Unexpected '" + Character.toString(ch) + "'", l, c);
        return;
      }
    }
    for (int k = 0; k < sym.length(); k++) {
      advance();
    }
    String improper = switch (sym) {
      case "===" -> "'===' is not a valid operator. This is not JavaScript! Should it be '=='?";
      case "!==" -> "'!==' is not a valid operator. This is not JavaScript! Should it be '!='?";
      case "->" -> "'->' is not a valid symbol. This is not C or C++!";
      case "<-" -> "'<-' is not a valid symbol. This is not Go! Should it be '<='?";
      case ":=" -> "':=' is not a valid assignment operator. This is not Go or Pascal! Should it be simply '='?";
      case "::<" -> "'::<>' is not a valid symbol. This is not Rust! Should it be '::'?";
      case ":;" -> "':;' is not a valid symbol. Should it be '::'?";
      default -> null;
    };
    if (improper != null) {
      emit(TokenKind.ERROR, improper, l, c);
      return;
    }
    if (sym.equals("#")) {
      int j = i;
      while (j < src.length && (src[j] == ' ' || src[j] == '\t')) {
        j++;
      }
      if (j < src.length && src[j] == '{') {
        emit(TokenKind.ERROR, "'#' is not a valid symbol. Should it be '#{'?", l, c);
        return;
      }
    }
    if (RESERVED_SYMBOLS.contains(sym)) {
      emit(TokenKind.RESERVED, sym, l, c);
      return;
    }
    if (!interp.isEmpty()) {
      int[] top = interp.peek();
      if (sym.equals("{") || sym.equals("#{")) {
        top[0]++;
      } else if (sym.equals("}")) {
        if (top[0] == 0) {
          interp.pop();
          emit(TokenKind.INTERP_CLOSE, "}", l, c);
          backtick(top[1], top[2]);
          return;
        }
        top[0]--;
      }
    }
    emit(TokenKind.PUNCT, sym, l, c);
  }
}
