package dev.picloud.executor.script.rhai.builtins;

/**
 * A native (Java) function callable from scripts.
 *
 * <p>{@code args} holds script values (see {@code value} package). For a function registered as
 * mutating ({@link FunctionTable.Builder#mutFn}), {@code args[0]} is the receiver passed by
 * reference: containers may be mutated in place, and immutable receivers (strings, numbers) are
 * replaced by assigning {@code args[0] = newValue}, which the engine writes back to the variable,
 * element or property. Return {@code Unit.INSTANCE} for "nothing" (null is treated as unit). Never
 * return an element of a container argument as is: wrap it with {@code Values.share(...)}.
 * Errors: throw {@link dev.picloud.executor.script.rhai.RhaiError} (e.g. via {@link Errors}); the
 * engine adds the call position when the error has none.
 */
@FunctionalInterface
public interface NativeFunction {
  /** Calls the function. */
  Object call(NativeCallContext ctx, Object[] args);
}
