package dev.picloud.executor.script.rhai.ast;

import java.util.List;

/**
 * A parsed script: top-level statements and all function definitions (closures included).
 *
 * @param stmts top-level statements
 * @param functions script functions and closure bodies
 */
public record Program(List<Stmt> stmts, List<FnDef> functions) {}
