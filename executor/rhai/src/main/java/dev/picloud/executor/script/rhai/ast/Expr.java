package dev.picloud.executor.script.rhai.ast;

import dev.picloud.executor.script.rhai.Position;
import java.util.List;

/** Expressions. Control-flow constructs usable as values ({@code if}, loops, blocks) are here too. */
public sealed interface Expr {
  /** Source position of the construct. */
  Position pos();

  /** INT literal. */
  record IntLit(Position pos, long value) implements Expr {}

  /** FLOAT literal. */
  record FloatLit(Position pos, double value) implements Expr {}

  /** String literal. */
  record StrLit(Position pos, String value) implements Expr {}

  /** Character literal (a code point). */
  record CharLit(Position pos, int codePoint) implements Expr {}

  /** {@code true} / {@code false}. */
  record BoolLit(Position pos, boolean value) implements Expr {}

  /** {@code ()}. */
  record UnitLit(Position pos) implements Expr {}

  /** Back-tick string with interpolations: string literals and blocks, in order. */
  record Interpolated(Position pos, List<Expr> parts) implements Expr {}

  /** {@code [a, b]}. */
  record ArrayLit(Position pos, List<Expr> items) implements Expr {}

  /** {@code #{k: v}}, keys in source order. */
  record MapLit(Position pos, List<String> keys, List<Expr> values) implements Expr {}

  /** A variable. */
  record Var(Position pos, String name) implements Expr {}

  /** A namespaced variable {@code m::x} or {@code global::X}. */
  record NsVar(Position pos, List<String> namespace, String name) implements Expr {}

  /** {@code this}. */
  record This(Position pos) implements Expr {}

  /** Unary {@code -}, {@code +}, {@code !}. */
  record Unary(Position pos, String op, Expr operand) implements Expr {}

  /** Binary operator (arithmetic, bitwise, comparison, ranges). */
  record Binary(Position pos, String op, Expr left, Expr right) implements Expr {}

  /** Short-circuit {@code &&} / {@code ||} (op), or {@code ??}. */
  record Logic(Position pos, String op, Expr left, Expr right) implements Expr {}

  /** {@code target[index]} / {@code target?[index]}. */
  record Index(Position pos, Expr target, Expr index, boolean safe) implements Expr {}

  /** {@code target.name} / {@code target?.name}. */
  record Prop(Position pos, Expr target, String name, boolean safe) implements Expr {}

  /** {@code target.name(args)} / {@code target?.name(args)}. */
  record MethodCall(Position pos, Expr target, String name, List<Expr> args, boolean safe)
      implements Expr {}

  /** {@code name(args)}, {@code ns::name(args)}, {@code name!(args)}. */
  record Call(Position pos, List<String> namespace, String name, List<Expr> args, boolean bang)
      implements Expr {}

  /** A closure {@code |params| body}; {@code captures} are the outer names it uses. */
  record Closure(Position pos, FnDef fn, List<String> captures) implements Expr {}

  /** A statement block {@code { … }}. */
  record Block(Position pos, List<Stmt> stmts) implements Expr {}

  /** {@code if}; {@code orElse} is a Block, another If, or null. */
  record If(Position pos, Expr cond, Block then, Expr orElse) implements Expr {}

  /** {@code switch}. */
  record Switch(Position pos, Expr value, List<SwitchCase> cases, Expr defaultBody)
      implements Expr {}

  /** {@code while cond {}} or, with a null cond, {@code loop {}}. */
  record While(Position pos, Expr cond, Block body) implements Expr {}

  /** {@code do {} while/until cond}. */
  record DoLoop(Position pos, Block body, Expr cond, boolean until) implements Expr {}

  /** {@code for var in iter {}} / {@code for (var, counter) in iter {}}. */
  record For(Position pos, String var, String counter, Expr iter, Block body) implements Expr {}

  /** A statement in expression position ({@code x ?? return 0}, switch case bodies). */
  record StmtExpr(Position pos, Stmt stmt) implements Expr {}

  /**
   * One switch case: literal labels (values or INT ranges), optional guard, body.
   *
   * @param labels literal values ({@code Long}, {@code String}, ranges, …) as script values
   * @param guard condition or null
   * @param body the case body
   * @param pos position of the case
   */
  record SwitchCase(List<Object> labels, Expr guard, Expr body, Position pos) {}
}
