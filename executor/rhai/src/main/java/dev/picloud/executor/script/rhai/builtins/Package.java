package dev.picloud.executor.script.rhai.builtins;

/**
 * A set of native functions registered together (Rhai's {@code def_package!}). Implementations
 * are stateless: {@code register} lists small static methods.
 */
@FunctionalInterface
public interface Package {
  /** Registers this package's functions. */
  void register(FunctionTable.Builder table);
}
