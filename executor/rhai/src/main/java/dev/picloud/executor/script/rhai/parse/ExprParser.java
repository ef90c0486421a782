package dev.picloud.executor.script.rhai.parse;

import dev.picloud.executor.script.rhai.ParseErrorType;
import dev.picloud.executor.script.rhai.RhaiParseError;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.ast.Expr;
import dev.picloud.executor.script.rhai.ast.FnDef;
import dev.picloud.executor.script.rhai.ast.Stmt;
import dev.picloud.executor.script.rhai.lex.Lexer;
import dev.picloud.executor.script.rhai.lex.Token;
import dev.picloud.executor.script.rhai.lex.TokenKind;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Expressions: precedence climbing over unary, postfix and primary expressions. */
abstract class ExprParser extends ParserBase {
  /** All function definitions found so far (closures are added here too). */
  protected final List<FnDef> functions = list();

  ExprParser(String source, int maxDepth, int maxFnDepth) {
    super(source, maxDepth, maxFnDepth);
  }

  abstract Expr.Block parseBlock();

  abstract Stmt parseStatement();

  abstract void terminate(Stmt s, boolean inInterpolation);

  abstract Expr parseSwitch();

  abstract Expr parseLoop();

  /** Binding power of a binary operator token, or -1. */
  static int precedence(Token t) {
    if (t.kind() != TokenKind.PUNCT && t.kind() != TokenKind.KEYWORD) {
      return -1;
    }
    return switch (t.text()) {
      case "||", "|", "^" -> 30;
      case "&&", "&" -> 60;
      case "==", "!=" -> 90;
      case "in", "!in" -> 110;
      case "<", "<=", ">", ">=" -> 130;
      case "??" -> 135;
      case "..", "..=" -> 140;
      case "+", "-" -> 150;
      case "*", "/", "%" -> 180;
      case "**" -> 190;
      case "<<", ">>" -> 210;
      default -> -1;
    };
  }

  /** Parses a full expression. */
  Expr parseExpr() {
    Token start = peek();
    levelUp(start);
    try {
      return parseBinary(0);
    } finally {
      levelDown();
    }
  }

  Expr parseBinary(int minPrec) {
    Expr lhs = parseUnary();
    while (true) {
      Token t = peek();
      if (t.kind() == TokenKind.RESERVED) {
        throw error(ParseErrorType.UnknownOperator, "Unknown operator: '" + t.text() + "'", t);
      }
      int prec = precedence(t);
      if (prec < 0 || prec < minPrec) {
        return lhs;
      }
      next();
      levelUp(t);
      try {
        Position pos = pos(t);
        String op = t.text();
        Expr rhs;
        if ((op.equals("..") || op.equals("..=")) && openRangeEnd()) {
          rhs = new Expr.UnitLit(pos);
        } else if (op.equals("??") && isControlKeyword(peek())) {
          rhs = new Expr.StmtExpr(pos(peek()), parseStatement());
        } else {
          rhs = parseBinary(op.equals("**") ? prec : prec + 1);
        }
        lhs = combine(op, lhs, rhs, pos, t);
      } finally {
        levelDown();
      }
    }
  }

  private boolean openRangeEnd() {
    Token n = peek();
    return n.kind() == TokenKind.EOF
        || n.kind() == TokenKind.INTERP_CLOSE
        || (n.kind() == TokenKind.PUNCT
            && (n.text().equals("]") || n.text().equals(")") || n.text().equals("}")
                || n.text().equals(",") || n.text().equals(";") || n.text().equals("=>")));
  }

  static boolean isControlKeyword(Token t) {
    return t.kind() == TokenKind.KEYWORD
        && (t.text().equals("return") || t.text().equals("throw") || t.text().equals("break")
            || t.text().equals("continue"));
  }

  private Expr combine(String op, Expr lhs, Expr rhs, Position pos, Token t) {
    switch (op) {
      case "&&", "||" -> {
        checkBoolOperand(lhs);
        checkBoolOperand(rhs);
        return new Expr.Logic(pos, op, lhs, rhs);
      }
      case "??" -> {
        return new Expr.Logic(pos, op, lhs, rhs);
      }
      case "in" -> {
        return new Expr.Call(pos, List.of(), "contains", List.of(rhs, lhs), false);
      }
      case "!in" -> {
        return new Expr.Unary(pos, "!",
            new Expr.Call(pos, List.of(), "contains", List.of(rhs, lhs), false));
      }
      default -> {
        return new Expr.Binary(pos, op, lhs, rhs);
      }
    }
  }

  void checkBoolOperand(Expr e) {
    String what = literalKind(e);
    if (what != null && !(e instanceof Expr.BoolLit)) {
      throw new dev.picloud.executor.script.rhai.RhaiParseError(ParseErrorType.MismatchedType,
          "Expecting a boolean expression, not " + what, e.pos());
    }
  }

  /** "a number", "a string", … for literals (used in type-check messages), else null. */
  static String literalKind(Expr e) {
    return switch (e) {
      case Expr.IntLit i -> "a number";
      case Expr.FloatLit f -> "a float";
      case Expr.StrLit s -> "a string";
      case Expr.Interpolated s -> "a string";
      case Expr.CharLit c -> "a character";
      case Expr.BoolLit b -> "a boolean";
      case Expr.UnitLit u -> "()";
      case Expr.ArrayLit a -> "an array";
      case Expr.MapLit m -> "an object map";
      default -> null;
    };
  }

  Expr parseUnary() {
    Token t = peek();
    if (t.kind() == TokenKind.PUNCT && (t.text().equals("-") || t.text().equals("+")
        || t.text().equals("!"))) {
      next();
      levelUp(t);
      try {
        Expr operand = parseUnary();
        if (t.text().equals("-") && operand instanceof Expr.IntLit i && i.value() != Long.MIN_VALUE) {
          return new Expr.IntLit(pos(t), -i.value());
        }
        if (t.text().equals("-") && operand instanceof Expr.FloatLit f) {
          return new Expr.FloatLit(pos(t), -f.value());
        }
        return new Expr.Unary(pos(t), t.text(), operand);
      } finally {
        levelDown();
      }
    }
    return parsePostfix(parsePrimary());
  }

  Expr parsePostfix(Expr e) {
    while (true) {
      Token t = peek();
      if (t.is(".") || t.is("?.")) {
        next();
        boolean safe = t.text().equals("?.");
        Token name = next();
        if (name.kind() != TokenKind.IDENT && !name.is("this")) {
          if (name.kind() == TokenKind.RESERVED
              || (name.kind() == TokenKind.KEYWORD && Lexer.KEYWORDS.contains(name.text()))) {
            throw reserved(name);
          }
          if (name.kind() == TokenKind.ERROR || name.kind() == TokenKind.EOF) {
            throw unexpected(name);
          }
          throw error(ParseErrorType.PropertyExpected, "Expecting name of a property", name);
        }
        String n = name.text();
        if (at("::")) {
          throw error(ParseErrorType.PropertyExpected, "Expecting name of a property", peek());
        }
        if (at("(") || at("()") || (at("!") && (peek(1).is("(") || peek(1).is("()")))) {
          if (n.equals("Fn") || n.equals("eval") || n.equals("print") || n.equals("debug")
              || n.equals("is_def_var") || n.equals("is_def_fn")) {
            throw error(ParseErrorType.BadInput,
                "'" + n + "' should not be called in method style. Try " + n + "(...);", name);
          }
          if (at("!")) {
            throw error(ParseErrorType.MalformedCapture,
                "method-call style does not support running within the caller's scope", peek());
          }
          List<Expr> args = parseArgs();
          e = new Expr.MethodCall(pos(name), e, n, args, safe);
        } else {
          if (Lexer.CALLABLE_RESERVED.contains(n)) {
            throw reserved(name);
          }
          e = new Expr.Prop(pos(name), e, n, safe);
        }
      } else if (t.is("[") || t.is("?[")) {
        next();
        levelUp(t);
        try {
          Expr idx = parseExpr();
          expect("]", "to close the indexing expression");
          checkIndex(e, idx);
          e = new Expr.Index(pos(t), e, idx, t.text().equals("?["));
        } finally {
          levelDown();
        }
      } else {
        return e;
      }
    }
  }

  private void checkIndex(Expr target, Expr idx) {
    String what = switch (idx) {
      case Expr.Logic l when !l.op().equals("??") -> "a boolean";
      default -> literalKind(idx);
    };
    if (what == null) {
      return;
    }
    if (target instanceof Expr.MapLit) {
      if (!(idx instanceof Expr.StrLit) && !(idx instanceof Expr.Interpolated)) {
        throw new dev.picloud.executor.script.rhai.RhaiParseError(ParseErrorType.MalformedIndexExpr,
            "Object map expects string index, not " + what, idx.pos());
      }
    } else if (target instanceof Expr.ArrayLit || target instanceof Expr.StrLit
        || target instanceof Expr.Interpolated || target instanceof Expr.IntLit) {
      if (!(idx instanceof Expr.IntLit)) {
        throw new dev.picloud.executor.script.rhai.RhaiParseError(ParseErrorType.MalformedIndexExpr,
            "Array, string or bit-field expects integer index, not " + what, idx.pos());
      }
    }
  }

  List<Expr> parseArgs() {
    if (accept("()")) {
      return List.of();
    }
    Token open = expect("(", "to start the argument list");
    List<Expr> args = list();
    while (!at(")")) {
      args.add(parseExpr());
      if (!accept(",")) {
        if (!at(")")) {
          if (peek().kind() == TokenKind.EOF || peek().kind() == TokenKind.ERROR) {
            throw unexpected(peek());
          }
          throw error(ParseErrorType.MissingToken,
              "Expecting ',' to separate the arguments of this function call", peek());
        }
      }
    }
    next();
    if (args.isEmpty()) {
      pos(open);
    }
    return args;
  }

  Expr parsePrimary() {
    Token t = peek();
    levelUp(t);
    try {
      return primary(t);
    } finally {
      levelDown();
    }
  }

  private Expr primary(Token t) {
    Position pos = pos(t);
    switch (t.kind()) {
      case INT:
        next();
        return new Expr.IntLit(pos, t.intValue());
      case FLOAT:
        next();
        return new Expr.FloatLit(pos, t.floatValue());
      case STRING:
        next();
        if (maxStringLiteral > 0 && utf8Length(t.text()) > maxStringLiteral) {
          throw new RhaiParseError(ParseErrorType.LiteralTooLarge,
              "Length of string exceeds the maximum limit (" + maxStringLiteral + ")", pos);
        }
        return new Expr.StrLit(pos, t.text());
      case CHAR:
        next();
        return new Expr.CharLit(pos, (int) t.intValue());
      case INTERP_PART:
        return interpolated();
      case IDENT:
        return identifier();
      case KEYWORD:
        return keywordPrimary(t);
      case PUNCT:
        return punctPrimary(t);
      default:
        throw unexpected(t);
    }
  }

  private Expr interpolated() {
    Position pos = pos(peek());
    List<Expr> parts = list();
    while (true) {
      Token seg = next();
      if (!seg.text().isEmpty()) {
        parts.add(new Expr.StrLit(pos(seg), seg.text()));
      }
      if (seg.kind() == TokenKind.STRING) {
        return new Expr.Interpolated(pos, parts);
      }
      Position bpos = pos(peek());
      List<Stmt> stmts = list();
      scopes.push(new HashMap<>());
      blockLevel++;
      try {
        while (peek().kind() != TokenKind.INTERP_CLOSE) {
          if (peek().kind() == TokenKind.EOF || peek().kind() == TokenKind.ERROR) {
            throw unexpected(peek());
          }
          Stmt s = parseStatement();
          if (s != null) {
            stmts.add(s);
          }
          terminate(s, true);
        }
      } finally {
        scopes.pop();
        blockLevel--;
      }
      next();
      parts.add(new Expr.Block(bpos, stmts));
      Token after = peek();
      if (after.kind() != TokenKind.STRING && after.kind() != TokenKind.INTERP_PART) {
        throw unexpected(after);
      }
    }
  }

  private Expr identifier() {
    Token t = next();
    Position pos = pos(t);
    String name = t.text();
    if (at("::")) {
      List<String> ns = list();
      ns.add(name);
      while (accept("::")) {
        Token n = next();
        if (n.kind() != TokenKind.IDENT) {
          throw unexpected(n);
        }
        if (at("::")) {
          ns.add(n.text());
          continue;
        }
        if (at("!") && (peek(1).is("(") || peek(1).is("()"))) {
          throw error(ParseErrorType.BadInput, "'!' cannot be used to call module functions", peek());
        }
        if (at("(") || at("()")) {
          return new Expr.Call(pos, List.copyOf(ns), n.text(), parseArgs(), false);
        }
        return new Expr.NsVar(pos, List.copyOf(ns), n.text());
      }
    }
    if (at("(") || at("()")) {
      return new Expr.Call(pos, List.of(), name, parseArgs(), false);
    }
    if (at("!") && (peek(1).is("(") || peek(1).is("()"))) {
      next();
      return new Expr.Call(pos, List.of(), name, parseArgs(), true);
    }
    if (Lexer.CALLABLE_RESERVED.contains(name)) {
      throw reserved(t);
    }
    return new Expr.Var(pos, name);
  }

  private Expr keywordPrimary(Token t) {
    Position pos = pos(t);
    switch (t.text()) {
      case "true":
        next();
        return new Expr.BoolLit(pos, true);
      case "false":
        next();
        return new Expr.BoolLit(pos, false);
      case "this":
        next();
        if (!inFunction) {
          throw error(ParseErrorType.BadInput, "'this' can only be used in functions", t);
        }
        return new Expr.This(pos);
      case "if":
        return parseIf();
      case "switch":
        return parseSwitch();
      case "while":
      case "loop":
      case "do":
      case "for":
        return parseLoop();
      case "fn":
        throw error(ParseErrorType.WrongFnDefinition,
            "Function definitions must be at global level and cannot be inside a block or another function", t);
      default:
        throw unexpected(t);
    }
  }

  private Expr punctPrimary(Token t) {
    Position pos = pos(t);
    switch (t.text()) {
      case "()":
        next();
        return new Expr.UnitLit(pos);
      case "(": {
        next();
        Expr e = parseExpr();
        expect(")", "for a matching ( in this expression");
        return e;
      }
      case "[": {
        next();
        List<Expr> items = list();
        while (!at("]")) {
          Token item = peek();
          items.add(parseExpr());
          if (maxArrayLiteral > 0 && items.size() >= maxArrayLiteral) {
            throw new RhaiParseError(ParseErrorType.LiteralTooLarge,
                "Size of array literal exceeds the maximum limit (" + maxArrayLiteral + ")",
                pos(item));
          }
          if (!accept(",") && !at("]")) {
            if (peek().kind() == TokenKind.EOF || peek().kind() == TokenKind.ERROR) {
              throw unexpected(peek());
            }
            throw error(ParseErrorType.MissingToken,
                "Expecting ',' to separate the items of this array literal", peek());
          }
        }
        next();
        return new Expr.ArrayLit(pos, items);
      }
      case "#{":
        return mapLiteral();
      case "{":
        return parseBlock();
      case "|":
      case "||":
        return closure();
      case "..":
      case "..=": {
        next();
        Expr rhs = openRangeEnd() ? new Expr.UnitLit(pos) : parseBinary(150);
        return new Expr.Binary(pos, t.text(), new Expr.UnitLit(pos), rhs);
      }
      default:
        throw unexpected(t);
    }
  }

  private Expr mapLiteral() {
    Token open = next();
    List<String> keys = list();
    List<Expr> values = list();
    Set<String> seen = new HashSet<>();
    while (!at("}")) {
      Token k = next();
      String key;
      if (k.kind() == TokenKind.IDENT || k.kind() == TokenKind.STRING) {
        key = k.text();
      } else if (k.kind() == TokenKind.EOF || k.kind() == TokenKind.ERROR) {
        throw unexpected(k);
      } else if (k.kind() == TokenKind.RESERVED || k.kind() == TokenKind.KEYWORD) {
        throw reserved(k);
      } else {
        throw error(ParseErrorType.PropertyExpected, "Expecting name of a property", k);
      }
      if (!seen.add(key)) {
        throw error(ParseErrorType.DuplicatedProperty,
            "Duplicated property for object map literal: " + key, k);
      }
      expect(":", "to follow the property '" + key + "' in this object map literal");
      if (maxMapLiteral > 0 && keys.size() >= maxMapLiteral) {
        throw new RhaiParseError(ParseErrorType.LiteralTooLarge,
            "Number of properties in object map literal exceeds the maximum limit ("
                + maxMapLiteral + ")", pos(k));
      }
      keys.add(key);
      values.add(parseExpr());
      if (!accept(",") && !at("}")) {
        if (peek().kind() == TokenKind.EOF || peek().kind() == TokenKind.ERROR) {
          throw unexpected(peek());
        }
        throw error(ParseErrorType.MissingToken,
            "Expecting ',' to separate the items of this object map literal", peek());
      }
    }
    next();
    return new Expr.MapLit(pos(open), keys, values);
  }

  private Expr closure() {
    Token open = next();
    List<String> params = list();
    if (open.text().equals("|")) {
      while (!at("|")) {
        Token n = next();
        String name = variableName(n);
        if (params.contains(name)) {
          throw error(ParseErrorType.FnDuplicatedParam,
              "Duplicated parameter " + name + " for function anonymous", n);
        }
        params.add(name);
        if (!accept(",") && !at("|")) {
          throw error(ParseErrorType.MissingToken,
              "Expecting ',' to separate the parameters of this closure", peek());
        }
      }
      next();
    }
    boolean savedFn = inFunction;
    boolean savedLoop = inLoop;
    var savedScopes = scopes;
    scopes = new ArrayDeque<>();
    scopes.push(new HashMap<>());
    for (String s : params) {
      declare(s, false);
    }
    inFunction = true;
    inLoop = false;
    blockLevel++;
    Expr.Block block;
    try {
      if (at("{")) {
        block = parseBlock();
      } else {
        Stmt st = parseStatement();
        Position bp = st == null ? pos(peek()) : st.pos();
        block = new Expr.Block(bp, st == null ? List.of() : List.of(st));
      }
    } finally {
      inFunction = savedFn;
      inLoop = savedLoop;
      scopes = savedScopes;
      blockLevel--;
    }
    // Closures are public functions in Rhai (FnAccess::Public).
    FnDef fn = new FnDef(pos(open), anonName(open), List.copyOf(params), block, false, null, 0);
    functions.add(fn);
    return new Expr.Closure(pos(open), fn, List.of());
  }

  Expr parseIf() {
    Token t = next();
    levelUp(t);
    try {
      Expr cond = parseCondition();
      Expr.Block then = parseBlock();
      Expr orElse = null;
      if (accept("else")) {
        if (at("if")) {
          orElse = parseIf();
        } else {
          orElse = parseBlock();
        }
      }
      return new Expr.If(pos(t), cond, then, orElse);
    } finally {
      levelDown();
    }
  }

  /** Parses an if/while condition with Rhai's checks. */
  Expr parseCondition() {
    if (at("{")) {
      throw error(ParseErrorType.ExprExpected, "Expecting a boolean expression", peek());
    }
    Expr cond = parseExpr();
    if (at("=")) {
      throw error(ParseErrorType.BadInput, "Possibly a typo of '=='?", peek());
    }
    String what = literalKind(cond);
    if (what != null && !(cond instanceof Expr.BoolLit)) {
      throw new dev.picloud.executor.script.rhai.RhaiParseError(ParseErrorType.MismatchedType,
          "Expecting a boolean expression, not " + what, cond.pos());
    }
    return cond;
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }
}
