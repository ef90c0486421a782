package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.sandbox.Budget;
import dev.picloud.executor.script.rhai.value.FnPtr;
import java.util.List;

/** What a native function can see of the run that calls it. Valid only during the call. */
public interface NativeCallContext {
  /** The opaque per-run host object from {@code RunOptions.hostContext}, or null. */
  Object hostContext();

  /** Position of the call in the script (for error messages). */
  Position position();

  /** The name the function was called by. */
  String functionName();

  /** The run's budget (size and memory checks). */
  Budget budget();

  /**
   * Calls a script function pointer (closure, {@code Fn("name")}, native name) with arguments;
   * curried arguments are prepended. Errors propagate as {@code RhaiError}.
   */
  Object call(FnPtr fn, Object... args);

  /** Calls a function pointer with {@code this} bound to {@code thisValue}. */
  Object callWithThis(Object thisValue, FnPtr fn, Object... args);

  /**
   * Calls a function pointer with {@code this} bound by reference: {@code thisRef[0]} holds the
   * receiver before the call and the (possibly replaced or modified) receiver after it, as for
   * {@code for_each}, whose callback may assign to {@code this}.
   */
  default Object callWithThisRef(Object[] thisRef, FnPtr fn, Object... args) {
    return callWithThis(thisRef[0], fn, args);
  }

  /** The script-defined functions visible at the call site (for {@code get_fn_metadata_list}). */
  default List<ScriptFnInfo> scriptFunctions() {
    return List.of();
  }

  /** Number of parameters the target of {@code fn} declares (script functions), or -1. */
  int arity(FnPtr fn);

  /** Rhai's {@code ==} between two values (used by {@code contains}, {@code index_of}, …). */
  boolean valuesEqual(Object a, Object b);

  /** Rhai type name of any value, including registered custom types. */
  String typeName(Object value);

  /**
   * The print form of {@code value}: a registered {@code to_string} for custom types, else the
   * standard form (used by string concatenation and {@code append}).
   */
  default String display(Object value) {
    return dev.picloud.executor.script.rhai.value.Values.toDisplay(value);
  }
}
