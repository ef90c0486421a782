package dev.picloud.executor.script.rhai.analysis;

import dev.picloud.executor.script.rhai.ast.FnDef;
import dev.picloud.executor.script.rhai.ast.Program;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The result of analysis: the program plus, for every declaring or referencing AST node, its
 * {@link VarSlot}, and a frame layout per function.
 *
 * @param program the parsed program
 * @param main layout of the top-level frame
 * @param functions layout per function/closure
 * @param slots AST node (by identity) to its variable slot
 * @param fnRefs {@code Expr.Var} nodes that name a script function (function-pointer values)
 * @param scopeSnapshots visible variables at each {@code eval}/{@code is_def_var} call
 */
public record ResolvedProgram(
    Program program,
    FnInfo main,
    Map<FnDef, FnInfo> functions,
    IdentityHashMap<Object, VarSlot> slots,
    Set<Object> fnRefs,
    IdentityHashMap<Object, Map<String, VarSlot>> scopeSnapshots) {}
