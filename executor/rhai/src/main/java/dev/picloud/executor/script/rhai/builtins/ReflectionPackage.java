package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code get_fn_metadata_list} of Rhai's {@code LanguageCore} package: one map per script-defined
 * function visible at the call site ({@code name}, {@code access}, {@code is_anonymous}, {@code
 * params}, and {@code this_type} for typed methods). Rhai lists them in hash-table order; this
 * lists them in definition order. Functions of imported modules are not listed.
 */
public final class ReflectionPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn("get_fn_metadata_list", (c, a) -> list(c, f -> true));
    t.fn("get_fn_metadata_list", (c, a) -> list(c, f -> f.name().equals(a[0])), String.class);
    t.fn("get_fn_metadata_list", (c, a) -> {
      long n = (Long) a[1];
      return list(c, f -> f.name().equals(a[0]) && f.params().size() == n);
    }, String.class, Long.class);
  }

  private static RhaiArray list(NativeCallContext c, Predicate<ScriptFnInfo> filter) {
    List<ScriptFnInfo> fns = new ArrayList<>(c.scriptFunctions());
    fns.sort(Comparator.comparingInt((ScriptFnInfo f) -> f.pos().line())
        .thenComparingInt(f -> f.pos().column()));
    RhaiArray r = new RhaiArray();
    for (ScriptFnInfo f : fns) {
      if (filter.test(f)) {
        r.add(describe(f));
      }
    }
    return r;
  }

  private static RhaiMap describe(ScriptFnInfo f) {
    RhaiMap m = new RhaiMap();
    m.put("name", f.name());
    boolean anonymous = f.name().startsWith("anon$");
    // Rhai defines closures as public functions; this engine marks them private internally.
    m.put("access", f.isPrivate() ? "private" : "public");
    m.put("is_anonymous", anonymous);
    if (f.thisType() != null) {
      m.put("this_type", f.thisType());
    }
    m.put("params", new RhaiArray(new ArrayList<Object>(f.params())));
    return m;
  }
}
