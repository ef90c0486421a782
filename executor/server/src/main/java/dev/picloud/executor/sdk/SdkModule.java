package dev.picloud.executor.sdk;

import java.util.ArrayList;
import java.util.List;

/** A namespace of SDK functions ({@code regex}, {@code time}, {@code kv}...), written once for every language. */
public interface SdkModule {
  /** The namespace scripts use, e.g. {@code regex}. */
  String name();

  /** Declares the module's functions. */
  void define(Builder m);

  /** Collects a module's function definitions. */
  final class Builder {
    private final String module;
    private final List<SdkFunctionDef> functions = new ArrayList<>();

    public Builder(String module) {
      this.module = module;
    }

    /** Declares one overload. */
    public Builder function(String name, SdkType returns, String doc, List<SdkParam> params, SdkFunction body) {
      functions.add(new SdkFunctionDef(module, name, params, returns, doc, body));
      return this;
    }

    /** Everything declared. */
    public List<SdkFunctionDef> functions() {
      return List.copyOf(functions);
    }
  }

  /** The definitions of a module. */
  static List<SdkFunctionDef> definitions(SdkModule module) {
    Builder b = new Builder(module.name());
    module.define(b);
    return b.functions();
  }
}
