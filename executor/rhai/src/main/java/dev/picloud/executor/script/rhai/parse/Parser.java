package dev.picloud.executor.script.rhai.parse;

import dev.picloud.executor.script.rhai.ParseErrorType;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiParseError;
import dev.picloud.executor.script.rhai.ast.Expr;
import dev.picloud.executor.script.rhai.ast.FnDef;
import dev.picloud.executor.script.rhai.ast.Program;
import dev.picloud.executor.script.rhai.ast.Stmt;
import dev.picloud.executor.script.rhai.lex.Token;
import dev.picloud.executor.script.rhai.lex.TokenKind;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a whole script: statements, blocks, function definitions, {@code import}/{@code
 * export} (loops, switch and try are in {@link ControlFlowParser}, expressions in {@link
 * ExprParser}). Usage: {@code new
 * Parser(source, 64, 32).parseProgram()}; throws {@link RhaiParseError} on the first error.
 */
public final class Parser extends ControlFlowParser {
  private final Set<String> fnKeys = new HashSet<>();
  private final boolean allowFunctions;

  /**
   * Creates a parser.
   *
   * @param source script text
   * @param maxExprDepth expression depth limit at top level (0 = unlimited)
   * @param maxFnExprDepth expression depth limit in function bodies (0 = unlimited)
   */
  public Parser(String source, int maxExprDepth, int maxFnExprDepth) {
    this(source, maxExprDepth, maxFnExprDepth, true);
  }

  /** Creates a parser; {@code allowFunctions=false} rejects {@code fn} (used by {@code eval}). */
  public Parser(String source, int maxExprDepth, int maxFnExprDepth, boolean allowFunctions) {
    super(source, maxExprDepth, maxFnExprDepth);
    this.allowFunctions = allowFunctions;
  }

  /**
   * Sets the literal size limits checked while parsing, as Rhai does with its data-size limits
   * (0 = unlimited): string literals in UTF-8 bytes, array literals (a literal with exactly
   * {@code maxArray} items already fails, Rhai's quirk), object map literals. Returns this.
   */
  public Parser literalLimits(long maxString, long maxArray, long maxMap) {
    this.maxStringLiteral = maxString;
    this.maxArrayLiteral = maxArray;
    this.maxMapLiteral = maxMap;
    return this;
  }

  /** Parses the script. */
  public Program parseProgram() {
    List<Stmt> stmts = list();
    while (peek().kind() != TokenKind.EOF) {
      Stmt s = parseStatement();
      if (s != null) {
        stmts.add(s);
      }
      terminate(s, false);
    }
    return new Program(stmts, List.copyOf(functions));
  }

  /** After a statement: requires ';' unless self-terminated or at the end of a block. */
  @Override
  void terminate(Stmt s, boolean inInterpolation) {
    if (accept(";")) {
      return;
    }
    Token t = peek();
    if (t.kind() == TokenKind.EOF || t.is("}") || t.kind() == TokenKind.INTERP_CLOSE) {
      return;
    }
    if (s == null || selfTerminated(s)) {
      return;
    }
    if (t.kind() == TokenKind.ERROR) {
      throw unexpected(t);
    }
    if (t.kind() == TokenKind.RESERVED) {
      throw error(ParseErrorType.UnknownOperator, "Unknown operator: '" + t.text() + "'", t);
    }
    throw error(ParseErrorType.MissingToken, "Expecting ';' to terminate this statement", t);
  }

  private static boolean selfTerminated(Stmt s) {
    if (s instanceof Stmt.Try) {
      return true;
    }
    if (s instanceof Stmt.ExprStmt e) {
      return switch (e.expr()) {
        case Expr.If i -> true;
        case Expr.Switch sw -> true;
        case Expr.While w -> true;
        case Expr.For f -> true;
        case Expr.Block b -> true;
        default -> false;
      };
    }
    return false;
  }

  @Override
  Expr.Block parseBlock() {
    Token open = peek();
    if (!open.is("{")) {
      if (open.kind() == TokenKind.EOF || open.kind() == TokenKind.ERROR) {
        throw unexpected(open);
      }
      throw error(ParseErrorType.MissingToken, "Expecting '{' to start a statement block", open);
    }
    next();
    levelUp(open);
    scopes.push(new HashMap<>());
    blockLevel++;
    try {
      List<Stmt> stmts = list();
      while (!at("}")) {
        if (peek().kind() == TokenKind.EOF) {
          throw error(ParseErrorType.MissingToken, "Expecting '}' to end this statement block", peek());
        }
        if (peek().kind() == TokenKind.ERROR) {
          throw unexpected(peek());
        }
        Stmt s = parseStatement();
        if (s != null) {
          stmts.add(s);
        }
        terminate(s, false);
      }
      next();
      return new Expr.Block(pos(open), stmts);
    } finally {
      scopes.pop();
      blockLevel--;
      levelDown();
    }
  }

  @Override
  Stmt parseStatement() {
    Token t = peek();
    Position pos = pos(t);
    if (t.is(";")) {
      return null;
    }
    if (t.kind() == TokenKind.KEYWORD) {
      switch (t.text()) {
        case "let", "const":
          return parseLet(false);
        case "fn", "private":
          parseFunction();
          return null;
        case "break": {
          next();
          if (!inLoop) {
            throw error(ParseErrorType.LoopBreak, "Break statement should only be used inside a loop", t);
          }
          Expr v = endOfStatement() ? null : parseExpr();
          return new Stmt.Break(pos, v);
        }
        case "continue":
          next();
          if (!inLoop) {
            throw error(ParseErrorType.LoopBreak, "Break statement should only be used inside a loop", t);
          }
          return new Stmt.Continue(pos);
        case "return": {
          next();
          return new Stmt.Return(pos, endOfStatement() ? null : parseExpr());
        }
        case "throw": {
          next();
          return new Stmt.Throw(pos, endOfStatement() ? null : parseExpr());
        }
        case "try":
          return parseTry();
        case "import":
          return parseImport();
        case "export":
          return parseExport();
        case "if":
          return new Stmt.ExprStmt(pos, parseIf());
        case "while", "loop", "for", "do":
          return new Stmt.ExprStmt(pos, parseLoop());
        default:
          break;
      }
    }
    if (t.is("{")) {
      return new Stmt.ExprStmt(pos, parseBlock());
    }
    Expr e = parseExpr();
    Token op = peek();
    if (op.kind() == TokenKind.PUNCT && isAssignOp(op.text())) {
      next();
      checkAssignable(e, op);
      Expr value = parseExpr();
      if (at("=")) {
        throw error(ParseErrorType.BadInput, "Possibly a typo of '=='?", peek());
      }
      return new Stmt.Assign(pos(op), e, op.text(), value);
    }
    return new Stmt.ExprStmt(pos, e);
  }

  private static boolean isAssignOp(String s) {
    return switch (s) {
      case "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=" -> true;
      default -> false;
    };
  }

  private boolean endOfStatement() {
    Token t = peek();
    return t.is(";") || t.is("}") || t.kind() == TokenKind.EOF || t.kind() == TokenKind.INTERP_CLOSE
        || t.is(",");
  }

  private void checkAssignable(Expr e, Token op) {
    switch (e) {
      case Expr.Var v -> {
        if (isConstant(v.name())) {
          throw new RhaiParseError(ParseErrorType.AssignmentToConstant,
              "Cannot assign to constant " + v.name(), v.pos());
        }
      }
      case Expr.This t -> { }
      case Expr.Index i -> checkChain(i.target(), op);
      case Expr.Prop pr -> checkChain(pr.target(), op);
      default -> {
        if (literalKind(e) != null) {
          throw new RhaiParseError(ParseErrorType.AssignmentToConstant,
              "Cannot assign to a constant value", e.pos());
        }
        throw new RhaiParseError(ParseErrorType.AssignmentToInvalidLHS,
            "Expression cannot be assigned to", e.pos());
      }
    }
  }

  private void checkChain(Expr e, Token op) {
    switch (e) {
      case Expr.Var v -> { }
      case Expr.This t -> { }
      case Expr.Index i -> checkChain(i.target(), op);
      case Expr.Prop pr -> checkChain(pr.target(), op);
      default -> throw new RhaiParseError(ParseErrorType.AssignmentToInvalidLHS,
          "Expression cannot be assigned to", e.pos());
    }
  }

  private Stmt parseLet(boolean export) {
    Token kw = next();
    boolean isConst = kw.text().equals("const");
    Token n = next();
    String name = variableName(n);
    Expr init = null;
    if (accept("=")) {
      init = parseExpr();
    }
    declare(name, isConst);
    return new Stmt.Let(pos(kw), name, init, isConst, export);
  }

  private void parseFunction() {
    Token first = next();
    boolean isPrivate = false;
    if (first.text().equals("private")) {
      isPrivate = true;
      Token f = next();
      if (!f.is("fn")) {
        throw error(ParseErrorType.MissingToken, "Expecting 'fn' after 'private'", f);
      }
    }
    if (!allowFunctions || blockLevel > 0 || inFunction) {
      throw error(ParseErrorType.WrongFnDefinition,
          "Function definitions must be at global level and cannot be inside a block or another function",
          first);
    }
    Token nameTok = next();
    String thisType = null;
    if ((nameTok.kind() == TokenKind.IDENT || nameTok.kind() == TokenKind.STRING) && at(".")) {
      next();
      thisType = switch (nameTok.text()) {
        case "int" -> "i64";
        case "float" -> "f64";
        default -> nameTok.text();
      };
      nameTok = next();
    }
    if (nameTok.kind() != TokenKind.IDENT) {
      if (nameTok.kind() == TokenKind.RESERVED || nameTok.kind() == TokenKind.KEYWORD) {
        throw reserved(nameTok);
      }
      if (nameTok.kind() == TokenKind.ERROR || nameTok.kind() == TokenKind.EOF) {
        throw unexpected(nameTok);
      }
      throw error(ParseErrorType.FnMissingName, "Expecting function name in function declaration", nameTok);
    }
    String name = nameTok.text();
    if (dev.picloud.executor.script.rhai.lex.Lexer.CALLABLE_RESERVED.contains(name)) {
      throw reserved(nameTok);
    }
    List<String> params = list();
    if (!accept("()")) {
      if (!at("(")) {
        throw error(ParseErrorType.FnMissingParams, "Expecting parameters for function " + name, peek());
      }
      next();
      while (!at(")")) {
        Token pt = next();
        String pn = variableName(pt);
        if (params.contains(pn)) {
          throw error(ParseErrorType.FnDuplicatedParam,
              "Duplicated parameter " + pn + " for function " + name, pt);
        }
        params.add(pn);
        if (!accept(",") && !at(")")) {
          if (peek().kind() == TokenKind.EOF || peek().kind() == TokenKind.ERROR) {
            throw unexpected(peek());
          }
          throw error(ParseErrorType.MissingToken,
              "Expecting ',' to separate the parameters of function '" + name + "'", peek());
        }
      }
      next();
    }
    String key = (thisType == null ? "" : thisType + ".") + name + "/" + params.size();
    if (!fnKeys.add(key)) {
      int n = params.size();
      String count = n == 0 ? "no parameters" : n == 1 ? "1 parameter" : n + " parameters";
      throw error(ParseErrorType.FnDuplicatedDefinition,
          "Function " + name + " with " + count + " already exists", nameTok);
    }
    if (!at("{")) {
      throw error(ParseErrorType.FnMissingBody, "Expecting body statement block for function " + name, peek());
    }
    var savedScopes = scopes;
    scopes = new ArrayDeque<>();
    scopes.push(new HashMap<>());
    for (String s : params) {
      declare(s, false);
    }
    inFunction = true;
    boolean savedLoop = inLoop;
    inLoop = false;
    Expr.Block body;
    try {
      body = parseBlock();
    } finally {
      inFunction = false;
      inLoop = savedLoop;
      scopes = savedScopes;
    }
    functions.add(new FnDef(pos(first), name, List.copyOf(params), body, isPrivate, thisType, 0));
  }

  private Stmt parseImport() {
    Token t = next();
    Expr path = parseExpr();
    String alias = null;
    if (accept("as")) {
      alias = variableName(next());
    }
    return new Stmt.Import(pos(t), path, alias);
  }

  private Stmt parseExport() {
    Token t = next();
    if (blockLevel > 0 || inFunction) {
      throw error(ParseErrorType.WrongExport, "Export statement can only appear at global level", t);
    }
    if (at("let") || at("const")) {
      return parseLet(true);
    }
    Token n = next();
    String name = variableName(n);
    String alias = null;
    if (accept("as")) {
      alias = variableName(next());
    }
    return new Stmt.Export(pos(t), name, alias);
  }

}
