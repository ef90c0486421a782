package dev.picloud.executor.script.rhai.builtins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable table of native functions, built once per engine and shared by all runs. Lookup
 * is by name, then arity, then argument types ({@link NativeFn#score}); call sites cache the
 * result per argument-type combination.
 */
public final class FunctionTable {
  private static final NativeFn[] NONE = new NativeFn[0];
  private final Map<String, NativeFn[]> byKey;
  private final Map<Class<?>, String> typeNames;

  private FunctionTable(Map<String, NativeFn[]> byKey, Map<Class<?>, String> typeNames) {
    this.byKey = byKey;
    this.typeNames = typeNames;
  }

  /** Starts an empty table. */
  public static Builder builder() {
    return new Builder();
  }

  private static String key(String name, int arity) {
    return name + "/" + arity;
  }

  /** All overloads of {@code name} with {@code arity} parameters. */
  public NativeFn[] overloads(String name, int arity) {
    NativeFn[] fs = byKey.get(key(name, arity));
    return fs == null ? NONE : fs;
  }

  /** Whether any overload of {@code name}/{@code arity} exists. */
  public boolean has(String name, int arity) {
    return byKey.containsKey(key(name, arity));
  }

  /** Best overload for the argument classes, or null. */
  public NativeFn resolve(String name, Class<?>[] argTypes) {
    NativeFn[] fs = byKey.get(key(name, argTypes.length));
    if (fs == null) {
      return null;
    }
    NativeFn best = null;
    int bestScore = Integer.MAX_VALUE;
    for (NativeFn f : fs) {
      int s = f.score(argTypes);
      if (s >= 0 && s < bestScore) {
        best = f;
        bestScore = s;
        if (s == 0) {
          break;
        }
      }
    }
    return best;
  }

  /** Registered custom type names by class. */
  public Map<Class<?>, String> typeNames() {
    return typeNames;
  }

  /** Collects registrations; later registrations of the same signature replace earlier ones. */
  public static final class Builder {
    private final Map<String, List<NativeFn>> byKey = new LinkedHashMap<>();
    private final Map<Class<?>, String> typeNames = new HashMap<>();

    private Builder() {}

    /** Adds every function of {@code p}. */
    public Builder include(Package p) {
      p.register(this);
      return this;
    }

    /** Adds all functions of another table. */
    public Builder include(FunctionTable t) {
      for (NativeFn[] fs : t.byKey.values()) {
        for (NativeFn f : fs) {
          add(f);
        }
      }
      typeNames.putAll(t.typeNames);
      return this;
    }

    /** Adds a descriptor (replacing one with the same name and parameter types). */
    public NativeFn add(NativeFn f) {
      List<NativeFn> list = byKey.computeIfAbsent(key(f.name(), f.arity()), k -> new ArrayList<>());
      list.removeIf(o -> java.util.Arrays.equals(o.params(), f.params()));
      list.add(f);
      return f;
    }

    /** Registers a pure function (receiver, if any, is not modified). */
    public NativeFn fn(String name, NativeFunction f, Class<?>... params) {
      return add(new NativeFn(name, params.clone(), f, true));
    }

    /**
     * Registers a function whose first parameter is a mutable receiver ({@code &mut} in Rhai):
     * method calls pass the receiver by reference, and calling it on a constant raises
     * {@code ErrorNonPureMethodCallOnConstant}. The function may replace {@code args[0]}.
     */
    public NativeFn mutFn(String name, NativeFunction f, Class<?>... params) {
      return add(new NativeFn(name, params.clone(), f, false));
    }

    /** Registers a pure one-argument function with a typed lambda. */
    public <A> NativeFn fn1(String name, Class<A> a, F1<A> f) {
      return fn(name, (c, args) -> f.apply(a.cast(args[0])), a);
    }

    /** Registers a pure two-argument function with a typed lambda. */
    public <A, B> NativeFn fn2(String name, Class<A> a, Class<B> b, F2<A, B> f) {
      return fn(name, (c, args) -> f.apply(a.cast(args[0]), b.cast(args[1])), a, b);
    }

    /** Registers a pure three-argument function with a typed lambda. */
    public <A, B, C> NativeFn fn3(String name, Class<A> a, Class<B> b, Class<C> c, F3<A, B, C> f) {
      return fn(name, (x, args) -> f.apply(a.cast(args[0]), b.cast(args[1]), c.cast(args[2])), a, b, c);
    }

    /** Registers a property getter {@code x.prop} for values of {@code type}. */
    public NativeFn getter(String prop, Class<?> type, NativeFunction f) {
      return fn("get$" + prop, f, type);
    }

    /** Registers a property setter {@code x.prop = v}; {@code f} receives (receiver, value). */
    public NativeFn setter(String prop, Class<?> type, Class<?> valueType, NativeFunction f) {
      return mutFn("set$" + prop, f, type, valueType);
    }

    /** Registers an indexer getter {@code x[i]} for a custom type. */
    public NativeFn indexGetter(Class<?> type, Class<?> indexType, NativeFunction f) {
      return fn("index$get$", f, type, indexType);
    }

    /** Registers an indexer setter {@code x[i] = v}; {@code f} receives (receiver, index, value). */
    public NativeFn indexSetter(Class<?> type, Class<?> indexType, Class<?> valueType, NativeFunction f) {
      return mutFn("index$set$", f, type, indexType, valueType);
    }

    /** Declares a host class as a script type named {@code name} (for {@code type_of}, printing). */
    public Builder customType(Class<?> type, String name) {
      typeNames.put(type, name);
      return this;
    }

    /** Builds the immutable table. */
    public FunctionTable build() {
      Map<String, NativeFn[]> m = new HashMap<>();
      byKey.forEach((k, v) -> m.put(k, v.toArray(NONE)));
      return new FunctionTable(Map.copyOf(m), Map.copyOf(typeNames));
    }
  }

  /** Typed one-argument lambda. */
  @FunctionalInterface
  public interface F1<A> {
    /** Applies the function. */
    Object apply(A a);
  }

  /** Typed two-argument lambda. */
  @FunctionalInterface
  public interface F2<A, B> {
    /** Applies the function. */
    Object apply(A a, B b);
  }

  /** Typed three-argument lambda. */
  @FunctionalInterface
  public interface F3<A, B, C> {
    /** Applies the function. */
    Object apply(A a, B b, C c);
  }
}
