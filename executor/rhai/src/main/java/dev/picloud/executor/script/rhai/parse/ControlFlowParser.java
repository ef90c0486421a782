package dev.picloud.executor.script.rhai.parse;

import dev.picloud.executor.script.rhai.ParseErrorType;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiParseError;
import dev.picloud.executor.script.rhai.ast.Expr;
import dev.picloud.executor.script.rhai.ast.Stmt;
import dev.picloud.executor.script.rhai.lex.Token;
import dev.picloud.executor.script.rhai.lex.TokenKind;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiChar;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import dev.picloud.executor.script.rhai.value.Unit;
import java.util.HashMap;
import java.util.List;

/**
 * The control-flow part of the grammar: loops ({@code while}, {@code loop}, {@code do}, {@code
 * for}), {@code switch} with its literal case labels, and {@code try}/{@code catch}. Statements,
 * blocks and top-level items are in {@link Parser}, expressions in {@link ExprParser}.
 */
abstract class ControlFlowParser extends ExprParser {
  ControlFlowParser(String source, int maxDepth, int maxFnDepth) {
    super(source, maxDepth, maxFnDepth);
  }

  Stmt parseTry() {
    Token t = next();
    Expr.Block body = parseBlock();
    if (!at("catch")) {
      throw error(ParseErrorType.MissingToken, "Expecting 'catch' for the 'try' statement", peek());
    }
    next();
    String var = null;
    scopes.push(new HashMap<>());
    try {
      if (accept("(")) {
        var = variableName(next());
        declare(var, false);
        expect(")", "to enclose the catch variable");
      }
      Expr.Block handler = parseBlock();
      return new Stmt.Try(pos(t), body, var, handler);
    } finally {
      scopes.pop();
    }
  }

  /** Parses {@code while}, {@code loop}, {@code do} and {@code for}. */
  @Override
  Expr parseLoop() {
    Token t = next();
    Position pos = pos(t);
    boolean savedLoop = inLoop;
    switch (t.text()) {
      case "while": {
        Expr cond = parseCondition();
        inLoop = true;
        try {
          return new Expr.While(pos, cond, parseBlock());
        } finally {
          inLoop = savedLoop;
        }
      }
      case "loop": {
        inLoop = true;
        try {
          return new Expr.While(pos, null, parseBlock());
        } finally {
          inLoop = savedLoop;
        }
      }
      case "do": {
        Expr.Block body;
        inLoop = true;
        try {
          body = parseBlock();
        } finally {
          inLoop = savedLoop;
        }
        boolean until;
        if (accept("while")) {
          until = false;
        } else if (accept("until")) {
          until = true;
        } else {
          throw error(ParseErrorType.MissingToken, "Expecting 'while' or 'until' for the do statement", peek());
        }
        return new Expr.DoLoop(pos, body, parseCondition(), until);
      }
      default:
        return parseFor(pos);
    }
  }

  private Expr parseFor(Position pos) {
    String var;
    String counter = null;
    if (accept("(")) {
      var = variableName(next());
      expect(",", "to separate the iteration variable and the counter");
      Token c = next();
      counter = variableName(c);
      if (counter.equals(var)) {
        throw error(ParseErrorType.DuplicatedVariable, "Duplicated variable name: " + counter, c);
      }
      expect(")", "to close the iteration variables");
    } else {
      var = variableName(next());
    }
    expect("in", "after the iteration variable");
    Expr iter = parseExpr();
    String what = literalKind(iter);
    if (what != null && !(iter instanceof Expr.ArrayLit) && !(iter instanceof Expr.StrLit)
        && !(iter instanceof Expr.Interpolated)) {
      throw new RhaiParseError(ParseErrorType.MismatchedType,
          "Expecting an iterable value, not " + what, iter.pos());
    }
    boolean savedLoop = inLoop;
    inLoop = true;
    scopes.push(new HashMap<>());
    declare(var, false);
    if (counter != null) {
      declare(counter, false);
    }
    try {
      return new Expr.For(pos, var, counter, iter, parseBlock());
    } finally {
      inLoop = savedLoop;
      scopes.pop();
    }
  }

  /** Parses {@code switch value { cases }}. */
  @Override
  Expr parseSwitch() {
    Token t = next();
    Expr value = parseExpr();
    expect("{", "to start a switch block");
    List<Expr.SwitchCase> cases = list();
    Expr deflt = null;
    boolean sawRange = false;
    while (!at("}")) {
      Token ct = peek();
      if (ct.kind() == TokenKind.EOF) {
        throw error(ParseErrorType.MissingToken, "Expecting '}' to end this switch block", ct);
      }
      if (deflt != null) {
        throw error(ParseErrorType.WrongSwitchDefaultCase, "Default switch case must be the last", ct);
      }
      List<Object> labels = list();
      Expr guard = null;
      boolean isDefault = false;
      if (ct.is("_")) {
        next();
        isDefault = true;
        if (at("if")) {
          throw error(ParseErrorType.WrongSwitchCaseCondition, "This switch case cannot have a condition", peek());
        }
      } else {
        while (true) {
          Token lt = peek();
          Expr label = parseBinary(31);
          Object v = constant(label);
          if (v == null) {
            throw error(ParseErrorType.ExprExpected, "Expecting a literal expression", lt);
          }
          boolean isRange = v instanceof RhaiRange || v instanceof RhaiRangeInclusive;
          if (isRange) {
            sawRange = true;
          } else if (sawRange && (v instanceof Long || v instanceof Double)) {
            throw error(ParseErrorType.WrongSwitchIntegerCase,
                "Numeric switch case cannot follow a range case", lt);
          }
          labels.add(v);
          if (!accept("|")) {
            break;
          }
        }
        if (accept("if")) {
          guard = parseExpr();
        }
      }
      expect("=>", "in this switch case");
      Expr body;
      Token bt = peek();
      if (bt.is("{")) {
        body = parseBlock();
      } else if (bt.kind() == TokenKind.KEYWORD && (isControlKeyword(bt) || bt.is("let"))) {
        body = new Expr.StmtExpr(pos(bt), parseStatement());
      } else {
        body = parseExpr();
      }
      if (!accept(",") && !at("}") && !(body instanceof Expr.Block)) {
        throw error(ParseErrorType.MissingToken, "Expecting ',' to separate the items of this switch block", peek());
      }
      if (isDefault) {
        deflt = body;
      } else {
        cases.add(new Expr.SwitchCase(List.copyOf(labels), guard, body, pos(ct)));
      }
    }
    next();
    return new Expr.Switch(pos(t), value, cases, deflt);
  }

  /** The value of a literal constant expression, or null if it is not one. */
  static Object constant(Expr e) {
    switch (e) {
      case Expr.IntLit i -> {
        return i.value();
      }
      case Expr.FloatLit f -> {
        return f.value();
      }
      case Expr.StrLit s -> {
        return s.value();
      }
      case Expr.CharLit c -> {
        return RhaiChar.of(c.codePoint());
      }
      case Expr.BoolLit b -> {
        return b.value();
      }
      case Expr.UnitLit u -> {
        return Unit.INSTANCE;
      }
      case Expr.Interpolated s when s.parts().stream().allMatch(p -> p instanceof Expr.StrLit) -> {
        StringBuilder sb = new StringBuilder();
        s.parts().forEach(p -> sb.append(((Expr.StrLit) p).value()));
        return sb.toString();
      }
      case Expr.Unary u when u.op().equals("-") -> {
        Object v = constant(u.operand());
        if (v instanceof Long l) {
          return -l;
        }
        return v instanceof Double d ? -d : null;
      }
      case Expr.Binary b when b.op().equals("..") || b.op().equals("..=") -> {
        Object l = constant(b.left());
        Object r = constant(b.right());
        if (l instanceof Long a && r instanceof Long z) {
          return b.op().equals("..") ? new RhaiRange(a, z) : new RhaiRangeInclusive(a, z);
        }
        return null;
      }
      case Expr.ArrayLit a -> {
        RhaiArray arr = new RhaiArray();
        for (Expr x : a.items()) {
          Object v = constant(x);
          if (v == null) {
            return null;
          }
          arr.add(v);
        }
        return arr;
      }
      case Expr.MapLit m -> {
        RhaiMap map = new RhaiMap();
        for (int i = 0; i < m.keys().size(); i++) {
          Object v = constant(m.values().get(i));
          if (v == null) {
            return null;
          }
          map.put(m.keys().get(i), v);
        }
        return map;
      }
      default -> {
        return null;
      }
    }
  }
}
