package dev.picloud.executor.invoke;

import dev.picloud.executor.script.ScriptEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The engines this executor has, by language name. */
public final class ScriptEngines {
  private final Map<String, ScriptEngine> byLanguage;

  public ScriptEngines(ScriptEngine... engines) {
    Map<String, ScriptEngine> map = new LinkedHashMap<>();
    for (ScriptEngine engine : engines) {
      map.put(engine.language(), engine);
    }
    this.byLanguage = Map.copyOf(map);
  }

  /** The engine for a language. */
  public Optional<ScriptEngine> find(String language) {
    return Optional.ofNullable(byLanguage.get(language));
  }

  /** Every language served. */
  public Set<String> languages() {
    return byLanguage.keySet();
  }
}
