package dev.picloud.executor.script.rhai;

import dev.picloud.executor.script.rhai.builtins.FunctionTable;
import dev.picloud.executor.script.rhai.builtins.NativeFunction;
import dev.picloud.executor.script.rhai.builtins.Package;
import dev.picloud.executor.script.rhai.builtins.StandardPackage;
import dev.picloud.executor.script.rhai.eval.CompiledUnit;
import dev.picloud.executor.script.rhai.eval.EngineCore;
import dev.picloud.executor.script.rhai.eval.Interpreter;
import dev.picloud.executor.script.rhai.eval.NodeBuilder;
import dev.picloud.executor.script.rhai.eval.Runtime;
import dev.picloud.executor.script.rhai.sandbox.Budget;
import java.util.HashMap;
import java.util.Map;

/**
 * A Rhai engine: the registered packages, host functions, host modules, custom types and module
 * resolver. Built once with {@link #builder()} (or {@link #create()} for the standard packages),
 * then immutable and safe to share between threads; each {@link #run} has its own state.
 *
 * <pre>{@code
 * RhaiEngine engine = RhaiEngine.builder()
 *     .registerModule("kv", HostModule.builder().fn("get", Kv::get, String.class).build())
 *     .build();
 * RhaiScript script = engine.compile("let x = kv::get(\"a\"); x + 1");
 * Object result = engine.run(script, RunOptions.defaults().withHostContext(invocation));
 * }</pre>
 */
public final class RhaiEngine {
  private final EngineCore core;
  private final Limits compileLimits;

  private RhaiEngine(EngineCore core, Limits compileLimits) {
    this.core = core;
    this.compileLimits = compileLimits;
  }

  /** An engine with the standard packages (like Rhai's {@code Engine::new()}). */
  public static RhaiEngine create() {
    return builder().build();
  }

  /** Starts an engine with the standard packages. */
  public static Builder builder() {
    return new Builder(true);
  }

  /** Starts an engine with no functions at all (like Rhai's {@code Engine::new_raw()}). */
  public static Builder rawBuilder() {
    return new Builder(false);
  }

  /** Compiles {@code source} with the default expression-depth limits. */
  public RhaiScript compile(String source) {
    return compile(source, compileLimits);
  }

  /** Compiles {@code source}; {@code limits} supplies the expression-depth limits. */
  public RhaiScript compile(String source, Limits limits) {
    try {
      CompiledUnit unit = NodeBuilder.compile(source, limits, null);
      return new RhaiScript(unit, source);
    } catch (RhaiError e) {
      throw e;
    } catch (RuntimeException e) {
      throw RhaiError.internal("<compiler>", e, Position.NONE);
    } catch (StackOverflowError e) {
      // Statement nesting the expression-depth limit does not cover (very long else-if chains).
      throw new RhaiParseError(ParseErrorType.ExprTooDeep, "Expression exceeds maximum complexity",
          new Position(1, 1));
    }
  }

  /**
   * Runs a compiled script and returns its value (a script value: Long, Double, Boolean, String,
   * RhaiChar, Unit, RhaiArray, RhaiMap, RhaiBlob, FnPtr, …; see {@link JavaValues#toJava}).
   *
   * @throws RhaiError when the script fails
   */
  public Object run(RhaiScript script, RunOptions options) {
    EngineCore c = options.moduleResolver() == null ? core
        : new EngineCore(core.natives(), core.hostModules(), core.moduleConstants(), options.moduleResolver());
    Runtime rt = new Runtime(c, new Budget(options.limits()), options.output(), options.hostContext());
    Map<String, Object> vars = new HashMap<>();
    options.variables().forEach((k, v) -> vars.put(k, JavaValues.toScript(v)));
    return Interpreter.run(script.unit(), rt, vars);
  }

  /** Compiles and runs {@code source} with default options. */
  public Object eval(String source) {
    return run(compile(source), RunOptions.defaults());
  }

  /** The global native function table. */
  public FunctionTable functions() {
    return core.natives();
  }

  /** Collects an engine's registrations. */
  public static final class Builder {
    private final FunctionTable.Builder natives = FunctionTable.builder();
    private final Map<String, FunctionTable> modules = new HashMap<>();
    private final Map<String, Map<String, Object>> moduleConstants = new HashMap<>();
    private ModuleResolver resolver = ModuleResolver.NONE;
    private Limits limits = Limits.DEFAULT;

    private Builder(boolean standard) {
      if (standard) {
        natives.include(new StandardPackage());
      }
    }

    /** Adds a package of native functions. */
    public Builder registerPackage(Package p) {
      natives.include(p);
      return this;
    }

    /** Adds a global native function ({@code Object.class} parameters accept any type). */
    public Builder registerFunction(String name, NativeFunction f, Class<?>... params) {
      natives.fn(name, f, params);
      return this;
    }

    /** Adds a global native function whose first parameter is a mutable receiver. */
    public Builder registerMutFunction(String name, NativeFunction f, Class<?>... params) {
      natives.mutFn(name, f, params);
      return this;
    }

    /**
     * Declares a custom type: a Java class with its Rhai type name. Its methods are ordinary
     * functions whose first parameter is the class ({@code h.get(k)} calls {@code get(h, k)});
     * properties are {@link #registerGetter}/{@link #registerSetter}.
     */
    public Builder registerType(Class<?> type, String name) {
      natives.customType(type, name);
      return this;
    }

    /** Adds a property getter {@code x.name} for {@code type}. */
    public Builder registerGetter(Class<?> type, String name, NativeFunction f) {
      natives.getter(name, type, f);
      return this;
    }

    /** Adds a property setter {@code x.name = v} for {@code type} ({@code f} gets (x, v)). */
    public Builder registerSetter(Class<?> type, String name, Class<?> valueType, NativeFunction f) {
      natives.setter(name, type, valueType, f);
      return this;
    }

    /** Registers a host module under {@code namespace}. */
    public Builder registerModule(String namespace, HostModule module) {
      modules.put(namespace, module.functions());
      moduleConstants.put(namespace, module.constants());
      return this;
    }

    /** Sets the resolver for {@code import}. */
    public Builder moduleResolver(ModuleResolver r) {
      this.resolver = r;
      return this;
    }

    /** Sets the limits used at compile time (expression depth). */
    public Builder compileLimits(Limits l) {
      this.limits = l;
      return this;
    }

    /** Direct access to the global function table being built. */
    public FunctionTable.Builder functions() {
      return natives;
    }

    /** Builds the immutable engine. */
    public RhaiEngine build() {
      EngineCore core = new EngineCore(natives.build(), Map.copyOf(modules),
          Map.copyOf(moduleConstants), resolver);
      return new RhaiEngine(core, limits);
    }
  }
}
