package dev.picloud.executor.script.rhai.ast;

import dev.picloud.executor.script.rhai.Position;

/** Statements. */
public sealed interface Stmt {
  /** Source position. */
  Position pos();

  /** {@code let}/{@code const} (optionally exported); {@code init} may be null. */
  record Let(Position pos, String name, Expr init, boolean isConst, boolean export) implements Stmt {}

  /** {@code target = value} or {@code target op= value} ({@code op} is "=" or "+=" etc.). */
  record Assign(Position pos, Expr target, String op, Expr value) implements Stmt {}

  /** An expression statement. */
  record ExprStmt(Position pos, Expr expr) implements Stmt {}

  /** {@code break [value]}. */
  record Break(Position pos, Expr value) implements Stmt {}

  /** {@code continue}. */
  record Continue(Position pos) implements Stmt {}

  /** {@code return [value]}. */
  record Return(Position pos, Expr value) implements Stmt {}

  /** {@code throw [value]}. */
  record Throw(Position pos, Expr value) implements Stmt {}

  /** {@code try {} catch (var) {}}; {@code var} may be null. */
  record Try(Position pos, Expr.Block body, String var, Expr.Block handler) implements Stmt {}

  /** {@code import path [as alias]}. */
  record Import(Position pos, Expr path, String alias) implements Stmt {}

  /** {@code export name [as alias]}. */
  record Export(Position pos, String name, String alias) implements Stmt {}
}
