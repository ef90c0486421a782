package dev.picloud.executor.script.rhai;

import dev.picloud.executor.script.rhai.builtins.FunctionTable;
import dev.picloud.executor.script.rhai.builtins.NativeFunction;
import java.util.HashMap;
import java.util.Map;

/**
 * A native module registered under a namespace ({@code engine.registerModule("kv", m)} makes
 * {@code kv::get(k)} and {@code kv::NAME} available without {@code import}).
 *
 * @param functions the module's functions
 * @param constants the module's constants (script values)
 */
public record HostModule(FunctionTable functions, Map<String, Object> constants) {
  /** Starts a module. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects a module's functions and constants. */
  public static final class Builder {
    private final FunctionTable.Builder fns = FunctionTable.builder();
    private final Map<String, Object> constants = new HashMap<>();

    private Builder() {}

    /** Adds a function with fixed parameter types ({@code Object.class} = any). */
    public Builder fn(String name, NativeFunction f, Class<?>... params) {
      fns.fn(name, f, params);
      return this;
    }

    /** Adds a constant ({@code kv::NAME}); plain Java values are converted. */
    public Builder constant(String name, Object value) {
      constants.put(name, JavaValues.toScript(value));
      return this;
    }

    /** Gives access to the full registration API (typed lambdas, mutating functions). */
    public FunctionTable.Builder functions() {
      return fns;
    }

    /** Builds the module. */
    public HostModule build() {
      return new HostModule(fns.build(), Map.copyOf(constants));
    }
  }
}
