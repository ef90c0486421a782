package dev.picloud.executor.script.rhai.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.executor.script.rhai.ParseErrorType;
import dev.picloud.executor.script.rhai.RhaiParseError;
import dev.picloud.executor.script.rhai.ast.Expr;
import dev.picloud.executor.script.rhai.ast.Program;
import dev.picloud.executor.script.rhai.ast.Stmt;
import org.junit.jupiter.api.Test;

class ParserTest {
  private static Program parse(String s) {
    return new Parser(s, 64, 32).parseProgram();
  }

  private static Expr expr(String s) {
    return ((Stmt.ExprStmt) parse(s).stmts().get(0)).expr();
  }

  private static ParseErrorType error(String s) {
    try {
      parse(s);
    } catch (RhaiParseError e) {
      return e.type();
    }
    throw new AssertionError("no error for " + s);
  }

  @Test
  void precedenceFollowsRhaiTable() {
    Expr e = expr("1 + 2 * 3");
    assertThat(e).isInstanceOf(Expr.Binary.class);
    assertThat(((Expr.Binary) e).op()).isEqualTo("+");
    Expr shift = expr("1 << 2 + 1");
    assertThat(((Expr.Binary) shift).op()).isEqualTo("+");
    Expr pow = expr("2 ** 3 ** 2");
    assertThat(((Expr.Binary) ((Expr.Binary) pow).right()).op()).isEqualTo("**");
  }

  @Test
  void inBecomesContainsCall() {
    Expr e = expr("x in y");
    assertThat(e).isInstanceOf(Expr.Call.class);
    assertThat(((Expr.Call) e).name()).isEqualTo("contains");
  }

  @Test
  void functionsAreCollectedAndClosuresToo() {
    Program p = parse("fn f(a, b) { a + b } let g = |x| x * 2; f(1, 2)");
    assertThat(p.functions()).hasSize(2);
    assertThat(p.functions().get(0).name()).isEqualTo("f");
    assertThat(p.functions().get(1).name()).startsWith("anon$");
  }

  @Test
  void switchWithRangesGuardsAndDefault() {
    Expr e = expr("switch x { 1 | 2 => 'a', 6 if y => 'c', 3..5 => 'b', _ => 'd' }");
    Expr.Switch sw = (Expr.Switch) e;
    assertThat(sw.cases()).hasSize(3);
    assertThat(sw.cases().get(0).labels()).containsExactly(1L, 2L);
    assertThat(sw.defaultBody()).isNotNull();
  }

  @Test
  void statementTermination() {
    assertThat(parse("if a { 1 } let x = 2; x").stmts()).hasSize(3);
    assertThat(error("let x = 1 let y = 2")).isEqualTo(ParseErrorType.MissingToken);
  }

  @Test
  void syntaxErrorsHaveRhaiKindsAndPositions() {
    assertThat(error("let x = 0; break;")).isEqualTo(ParseErrorType.LoopBreak);
    assertThat(error("fn f(x, x) {}")).isEqualTo(ParseErrorType.FnDuplicatedParam);
    assertThat(error("fn f(x) {} fn f(y) {}")).isEqualTo(ParseErrorType.FnDuplicatedDefinition);
    assertThat(error("const c = 1; c = 2;")).isEqualTo(ParseErrorType.AssignmentToConstant);
    assertThat(error("f(x) = 1;")).isEqualTo(ParseErrorType.AssignmentToInvalidLHS);
    assertThat(error("[1, 2][\"a\"]")).isEqualTo(ParseErrorType.MalformedIndexExpr);
    assertThat(error("switch x { _ => 1, 2 => 3 }")).isEqualTo(ParseErrorType.WrongSwitchDefaultCase);
    assertThat(error("{ export x; }")).isEqualTo(ParseErrorType.WrongExport);
    assertThat(error("1 +")).isEqualTo(ParseErrorType.UnexpectedEOF);
    assertThatThrownBy(() -> parse("let x = 1;\nlet y = ;"))
        .hasMessage("Syntax error: Unexpected ';' (line 2, position 9)");
  }

  @Test
  void expressionDepthIsBounded() {
    String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
    assertThat(error(deep)).isEqualTo(ParseErrorType.ExprTooDeep);
  }
}
