package dev.picloud.executor.script.rhai.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.ast.Expr;
import dev.picloud.executor.script.rhai.ast.FnDef;
import dev.picloud.executor.script.rhai.ast.Stmt;
import dev.picloud.executor.script.rhai.parse.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {
  private static ResolvedProgram resolve(String src) {
    return Resolver.resolve(new Parser(src, 64, 32).parseProgram());
  }

  private static VarSlot slotOfLet(ResolvedProgram rp, List<Stmt> stmts, String name) {
    for (Stmt s : stmts) {
      if (s instanceof Stmt.Let l && l.name().equals(name)) {
        return rp.slots().get(l);
      }
    }
    throw new AssertionError("no let " + name);
  }

  @Test
  void closedBlocksReuseSlots() {
    ResolvedProgram rp = resolve("let a = 1; { let b = 2; } { let c = 3; } let d = 4;");
    List<Stmt> top = rp.program().stmts();
    var b = ((Expr.Block) ((Stmt.ExprStmt) top.get(1)).expr()).stmts();
    var c = ((Expr.Block) ((Stmt.ExprStmt) top.get(2)).expr()).stmts();
    int a = slotOfLet(rp, top, "a").slot;
    assertThat(slotOfLet(rp, b, "b").slot).isEqualTo(slotOfLet(rp, c, "c").slot).isNotEqualTo(a);
    assertThat(rp.main().slotCount()).isLessThanOrEqualTo(3);
  }

  @Test
  void closuresCaptureEnclosingVariablesAsCells() {
    ResolvedProgram rp = resolve("let x = 1; let y = 2; let f = |p| x + p; f.call(y)");
    VarSlot x = slotOfLet(rp, rp.program().stmts(), "x");
    VarSlot y = slotOfLet(rp, rp.program().stmts(), "y");
    assertThat(x.captured).isTrue();
    assertThat(y.captured).isFalse();
    FnDef closure = rp.program().functions().get(0);
    FnInfo info = rp.functions().get(closure);
    assertThat(info.captureNames).containsExactly("x");
    // Captured variables come first, as hidden leading parameters.
    assertThat(info.params).extracting(v -> v.name).containsExactly("x", "p");
  }

  @Test
  void undeclaredNamesBecomeExternalsAndFunctionNamesPointers() {
    ResolvedProgram rp = resolve("fn g() { 1 } let p = g; host + 1");
    assertThat(rp.main().externals).containsOnlyKeys("host");
    assertThat(rp.fnRefs()).hasSize(1);
  }

  @Test
  void functionsSeeOnlyParametersLocalsAndGlobalConstants() {
    ResolvedProgram rp = resolve("const K = 1; let v = 2; fn f(a) { a + K + v }");
    FnInfo f = rp.functions().get(rp.program().functions().get(0));
    assertThat(f.params).extracting(p -> p.name).containsExactly("a");
    // `v` is not visible inside the function: it resolves as an unknown (external) name there.
    assertThat(f.externals).containsKey("v");
  }
}
