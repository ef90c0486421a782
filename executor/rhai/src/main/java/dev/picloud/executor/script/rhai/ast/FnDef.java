package dev.picloud.executor.script.rhai.ast;

import dev.picloud.executor.script.rhai.Position;
import java.util.List;

/**
 * A script function (or a closure's hidden function).
 *
 * @param pos position of the definition
 * @param name function name ({@code anon$…} for closures)
 * @param params parameter names (for closures: captured names first, then the declared ones)
 * @param body the body block
 * @param isPrivate declared {@code private}
 * @param thisType receiver type for typed methods ({@code "i64"}, …), or null
 * @param capturedCount for closures, how many leading params are captured variables
 */
public record FnDef(
    Position pos,
    String name,
    List<String> params,
    Expr.Block body,
    boolean isPrivate,
    String thisType,
    int capturedCount) {}
