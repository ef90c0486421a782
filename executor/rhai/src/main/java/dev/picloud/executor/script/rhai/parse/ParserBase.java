package dev.picloud.executor.script.rhai.parse;

import dev.picloud.executor.script.rhai.ParseErrorType;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiParseError;
import dev.picloud.executor.script.rhai.lex.Lexer;
import dev.picloud.executor.script.rhai.lex.Token;
import dev.picloud.executor.script.rhai.lex.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Token cursor, error helpers, nesting-depth accounting and parse-time scope tracking. */
abstract class ParserBase {
  protected final List<Token> tokens;
  protected int p;
  private final int maxDepth;
  private final int maxFnDepth;
  private int depth;
  /** Inside a function or closure body (depth limit and {@code this}). */
  protected boolean inFunction;
  /** Inside a loop body ({@code break}/{@code continue} allowed). */
  protected boolean inLoop;
  /** Nesting of blocks: 0 at the top level of the script. */
  protected int blockLevel;
  /** Declared names per block: name → is constant (for "Cannot assign to constant"). */
  protected Deque<Map<String, Boolean>> scopes = new ArrayDeque<>();
  protected int closureCounter;

  /** Literal size limits (Rhai's max_string_size / max_array_size / max_map_size; 0 = none). */
  protected long maxStringLiteral;
  protected long maxArrayLiteral;
  protected long maxMapLiteral;

  ParserBase(String source, int maxDepth, int maxFnDepth) {
    this.tokens = Lexer.tokenize(source);
    this.maxDepth = maxDepth <= 0 ? Integer.MAX_VALUE : maxDepth;
    this.maxFnDepth = maxFnDepth <= 0 ? Integer.MAX_VALUE : maxFnDepth;
    scopes.push(new HashMap<>());
  }

  protected Token peek() {
    return tokens.get(p);
  }

  protected Token peek(int k) {
    int j = Math.min(p + k, tokens.size() - 1);
    return tokens.get(j);
  }

  protected Token next() {
    Token t = tokens.get(p);
    if (t.kind() != TokenKind.EOF) {
      p++;
    }
    return t;
  }

  protected boolean at(String s) {
    return peek().is(s);
  }

  protected boolean accept(String s) {
    if (at(s)) {
      next();
      return true;
    }
    return false;
  }

  protected static Position pos(Token t) {
    return new Position(t.line(), t.column());
  }

  protected RhaiParseError error(ParseErrorType type, String msg, Token at) {
    return new RhaiParseError(type, msg, pos(at));
  }

  /** Error for an unexpected token (EOF, lexical error, reserved word, other). */
  protected RhaiParseError unexpected(Token t) {
    return switch (t.kind()) {
      case EOF -> error(ParseErrorType.UnexpectedEOF, "Script is incomplete", t);
      case ERROR -> error(ParseErrorType.BadInput, t.text(), t);
      case RESERVED -> reserved(t);
      default -> error(ParseErrorType.BadInput, "Unexpected '" + t.text() + "'", t);
    };
  }

  protected RhaiParseError reserved(Token t) {
    boolean word = Character.isLetter(t.text().charAt(0));
    return error(ParseErrorType.Reserved,
        "'" + t.text() + "' is a reserved " + (word ? "keyword" : "symbol"), t);
  }

  protected Token expect(String s, String context) {
    Token t = peek();
    if (t.is(s)) {
      return next();
    }
    if (t.kind() == TokenKind.ERROR || t.kind() == TokenKind.EOF && s.equals("}")) {
      throw unexpected(t);
    }
    if (t.kind() == TokenKind.EOF) {
      throw error(ParseErrorType.MissingToken, "Expecting '" + s + "' " + context, t);
    }
    throw error(ParseErrorType.MissingToken, "Expecting '" + s + "' " + context, t);
  }

  /** Reads a name for a variable/parameter, applying Rhai's identifier rules. */
  protected String variableName(Token t) {
    if (t.kind() == TokenKind.IDENT) {
      if (Lexer.CALLABLE_RESERVED.contains(t.text())) {
        throw reserved(t);
      }
      return t.text();
    }
    if (t.kind() == TokenKind.RESERVED || t.kind() == TokenKind.KEYWORD && !t.text().equals("_")) {
      throw reserved(t);
    }
    if (t.kind() == TokenKind.ERROR) {
      throw unexpected(t);
    }
    throw error(ParseErrorType.VariableExpected, "Expecting name of a variable", t);
  }

  protected void levelUp(Token at) {
    int limit = inFunction ? maxFnDepth : maxDepth;
    if (++depth > limit) {
      throw error(ParseErrorType.ExprTooDeep, "Expression exceeds maximum complexity", at);
    }
  }

  protected void levelDown() {
    depth--;
  }

  protected void declare(String name, boolean isConst) {
    scopes.peek().put(name, isConst);
  }

  protected boolean isConstant(String name) {
    for (Map<String, Boolean> s : scopes) {
      Boolean c = s.get(name);
      if (c != null) {
        return c;
      }
    }
    return false;
  }

  protected String anonName(Token at) {
    long h = 0xcbf29ce484222325L;
    h = (h ^ at.line()) * 0x100000001b3L;
    h = (h ^ at.column()) * 0x100000001b3L;
    h = (h ^ closureCounter++) * 0x100000001b3L;
    return String.format("anon$%016x", h);
  }

  protected static <T> List<T> list() {
    return new ArrayList<>();
  }
}
