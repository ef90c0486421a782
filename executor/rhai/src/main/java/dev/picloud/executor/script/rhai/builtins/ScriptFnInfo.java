package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.Position;
import java.util.List;

/**
 * What {@code get_fn_metadata_list} reports about one script-defined function.
 *
 * @param name function name ({@code anon$…} for closures)
 * @param params parameter names (for closures the captured variables come first, as in Rhai)
 * @param isPrivate declared {@code private}
 * @param thisType receiver type of a typed method ({@code fn int.f()}), or null
 * @param pos where the function is defined (the list is ordered by it)
 */
public record ScriptFnInfo(
    String name, List<String> params, boolean isPrivate, String thisType, Position pos) {}
