package dev.picloud.executor.script.rhai;

/**
 * The kinds of script errors, named exactly as Rhai's {@code EvalAltResult} variants (so
 * {@link #name()} is the text a script's {@code catch} map shows under {@code "error"}), plus the
 * platform's own {@link #ErrorTimeout} and {@link #ErrorMemoryLimit}.
 */
public enum ErrorKind {
  /** A syntax error (compile time, or {@code Fn("while")} at run time). */
  ErrorParsing(false),
  /** Variable already defined (non-default option only). */
  ErrorVariableExists(true),
  /** Forbidden variable name (non-default option only). */
  ErrorForbiddenVariable(true),
  /** Unknown variable. */
  ErrorVariableNotFound(true),
  /** Unknown map property (non-default option only). */
  ErrorPropertyNotFound(true),
  /** Index not found (host-only). */
  ErrorIndexNotFound(true),
  /** No function with that name and argument types. */
  ErrorFunctionNotFound(true),
  /** Unknown module. */
  ErrorModuleNotFound(true),
  /** An error inside a called script function, closure, eval or callback-taking builtin. */
  ErrorInFunctionCall(true),
  /** An error while loading a module. */
  ErrorInModule(true),
  /** {@code this} used in a function not called as a method. */
  ErrorUnboundThis(true),
  /** A value of the wrong type. */
  ErrorMismatchDataType(true),
  /** The script's result has the wrong type for the host. */
  ErrorMismatchOutputType(true),
  /** Indexing a type that has no indexer. */
  ErrorIndexingType(true),
  /** Array or BLOB index out of bounds. */
  ErrorArrayBounds(true),
  /** String index out of bounds. */
  ErrorStringBounds(true),
  /** Bit-field index out of bounds. */
  ErrorBitFieldBounds(true),
  /** {@code for} over a non-iterable value. */
  ErrorFor(true),
  /** A shared value accessed while locked. */
  ErrorDataRace(true),
  /** A non-pure method called on a constant. */
  ErrorNonPureMethodCallOnConstant(true),
  /** Assignment to a constant. */
  ErrorAssignmentToConstant(true),
  /** Property access on a type without that getter/setter. */
  ErrorDotExpr(true),
  /** Arithmetic overflow, division by zero, bad conversion. */
  ErrorArithmetic(true),
  /** {@code max_operations} exceeded. */
  ErrorTooManyOperations(false),
  /** {@code max_variables} exceeded. */
  ErrorTooManyVariables(false),
  /** {@code max_modules} exceeded. */
  ErrorTooManyModules(false),
  /** Call depth above {@code max_call_levels} (or the Java stack ran out). */
  ErrorStackOverflow(false),
  /** A string, array, BLOB or map above its size limit. */
  ErrorDataTooLarge(false),
  /** The host terminated the script. */
  ErrorTerminated(false),
  /** Custom syntax error (host-only). */
  ErrorCustomSyntax(false),
  /** A value thrown by {@code throw}. */
  ErrorRuntime(true),
  /** A host system error. */
  ErrorSystem(true),
  /** The platform's wall-clock deadline passed (PiCloud extension). */
  ErrorTimeout(false),
  /** The platform's memory budget was exceeded (PiCloud extension). */
  ErrorMemoryLimit(false);

  private final boolean catchable;

  ErrorKind(boolean catchable) {
    this.catchable = catchable;
  }

  /** Whether a script's {@code try}/{@code catch} can catch this kind. */
  public boolean catchable() {
    return catchable;
  }
}
