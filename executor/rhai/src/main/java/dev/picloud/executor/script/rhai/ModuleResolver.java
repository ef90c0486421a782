package dev.picloud.executor.script.rhai;

import java.util.Optional;

/**
 * Resolves the path of {@code import "path" as m;} to module source text. The default resolves
 * nothing ({@code ErrorModuleNotFound}). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ModuleResolver {
  /** Resolves nothing. */
  ModuleResolver NONE = path -> Optional.empty();

  /** Returns the module's Rhai source for {@code path}, or empty if there is none. */
  Optional<String> resolve(String path);
}
