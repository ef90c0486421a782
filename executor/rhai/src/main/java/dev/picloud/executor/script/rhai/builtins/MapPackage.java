package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Rhai's {@code BasicMapPackage}. The operators {@code ==}, {@code !=}, {@code +} and {@code +=}
 * on maps are engine built-ins ({@code Ops}); {@code to_json} lives with {@code parse_json} in
 * {@link CorePackage}. Maps have no {@code len}/{@code is_empty} property: {@code m.len} reads the
 * key {@code "len"}.
 *
 * <p>Callbacks get {@code (key, value)} or {@code (key)} with {@code this} bound to the value.
 */
public final class MapPackage implements Package {
  @Override
  public void register(FunctionTable.Builder t) {
    t.fn1("len", RhaiMap.class, m -> (long) m.size());
    t.fn1("is_empty", RhaiMap.class, m -> m.size() == 0);
    t.fn2("contains", RhaiMap.class, String.class, (m, k) -> m.get(k) != null);
    t.fn("get", (c, a) -> {
      Object v = ((RhaiMap) a[0]).get((String) a[1]);
      return v == null ? Unit.INSTANCE : Values.share(v);
    }, RhaiMap.class, String.class);
    t.mutFn("set", (c, a) -> {
      RhaiMap m = (RhaiMap) a[0];
      int before = m.size();
      m.put((String) a[1], a[2]);
      ArrayIndex.grew(c, m, before, m.size(), true);
      return Unit.INSTANCE;
    }, RhaiMap.class, String.class, Object.class);
    t.mutFn("clear", (c, a) -> {
      RhaiMap m = (RhaiMap) a[0];
      if (m.size() > 0) {
        m.mut().clear();
      }
      return Unit.INSTANCE;
    }, RhaiMap.class);
    t.mutFn("remove", (c, a) -> {
      RhaiMap m = (RhaiMap) a[0];
      if (m.get((String) a[1]) == null) {
        return Unit.INSTANCE;
      }
      return m.mut().remove((String) a[1]);
    }, RhaiMap.class, String.class);
    t.mutFn("mixin", (c, a) -> merge(c, (RhaiMap) a[0], (RhaiMap) a[1], true),
        RhaiMap.class, RhaiMap.class);
    t.mutFn("fill_with", (c, a) -> merge(c, (RhaiMap) a[0], (RhaiMap) a[1], false),
        RhaiMap.class, RhaiMap.class);
    t.fn1("keys", RhaiMap.class, m -> new RhaiArray(new ArrayList<Object>(m.view().keySet())));
    t.fn1("values", RhaiMap.class, m -> {
      RhaiArray r = new RhaiArray(m.size());
      m.view().values().forEach(v -> r.add(Values.share(v)));
      return r;
    });
    t.fn("map", (c, a) -> map(c, (RhaiMap) a[0], (FnPtr) a[1]), RhaiMap.class, FnPtr.class);
    t.fn("filter", (c, a) -> filter(c, (RhaiMap) a[0], (FnPtr) a[1]),
        RhaiMap.class, FnPtr.class);
    t.mutFn("drain", (c, a) -> drainWhere(c, (RhaiMap) a[0], (FnPtr) a[1], true),
        RhaiMap.class, FnPtr.class);
    t.mutFn("retain", (c, a) -> drainWhere(c, (RhaiMap) a[0], (FnPtr) a[1], false),
        RhaiMap.class, FnPtr.class);
  }

  /** {@code mixin} ({@code overwrite}) or {@code fill_with} (keep existing values). */
  private static Object merge(NativeCallContext c, RhaiMap m, RhaiMap other, boolean overwrite) {
    if (other.size() == 0) {
      return Unit.INSTANCE;
    }
    int before = m.size();
    List<Map.Entry<String, Object>> entries = new ArrayList<>(other.view().entrySet());
    NavigableMap<String, Object> target = m.mut();
    for (Map.Entry<String, Object> e : entries) {
      if (overwrite || !target.containsKey(e.getKey())) {
        target.put(e.getKey(), Values.share(e.getValue()));
      }
    }
    ArrayIndex.grew(c, m, before, m.size(), true);
    return Unit.INSTANCE;
  }

  /**
   * New map of {@code mapper(key, value)} results. Rhai reports errors from this callback as
   * coming from {@code filter} (its code passes that name), and so does this.
   */
  private static RhaiMap map(NativeCallContext c, RhaiMap m, FnPtr f) {
    Callbacks cb = Callbacks.of(c, f, "filter");
    RhaiMap r = new RhaiMap();
    for (Map.Entry<String, Object> e : new ArrayList<>(m.view().entrySet())) {
      Object[] ref = {Values.share(e.getValue())};
      r.put(e.getKey(), cb.keyed(e.getKey(), ref));
    }
    return r;
  }

  private static RhaiMap filter(NativeCallContext c, RhaiMap m, FnPtr f) {
    Callbacks cb = Callbacks.of(c, f);
    RhaiMap r = new RhaiMap();
    for (Map.Entry<String, Object> e : new ArrayList<>(m.view().entrySet())) {
      Object[] ref = {Values.share(e.getValue())};
      if (Callbacks.isTrue(cb.keyed(e.getKey(), ref))) {
        r.put(e.getKey(), ref[0]);
      }
    }
    return r;
  }

  /**
   * {@code drain} ({@code take} true) removes and returns the entries whose callback returns
   * true; {@code retain} keeps them and returns the others. Like Rhai, which moves the entries out
   * of the map while deciding, a failing callback leaves the map empty.
   */
  private static RhaiMap drainWhere(NativeCallContext c, RhaiMap m, FnPtr f, boolean take) {
    Callbacks cb = Callbacks.of(c, f);
    NavigableMap<String, Object> entries = m.mut();
    List<Map.Entry<String, Object>> all = new ArrayList<>(entries.entrySet());
    entries.clear();
    RhaiMap out = new RhaiMap();
    RhaiMap kept = new RhaiMap();
    for (Map.Entry<String, Object> e : all) {
      Object[] ref = {e.getValue()};
      boolean hit = Callbacks.isTrue(cb.keyed(e.getKey(), ref));
      (hit == take ? out : kept).put(e.getKey(), ref[0]);
    }
    entries.putAll(kept.view());
    return out;
  }
}
