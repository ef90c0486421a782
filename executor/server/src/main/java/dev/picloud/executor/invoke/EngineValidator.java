package dev.picloud.executor.invoke;

import dev.picloud.common.exec.ScriptValidator;
import dev.picloud.executor.script.ScriptEngine;
import dev.picloud.executor.script.ScriptSyntaxError;
import java.util.Optional;
import java.util.Set;

/** {@link ScriptValidator} over this executor's engines: compiling is the check. */
public final class EngineValidator implements ScriptValidator {
  private final ScriptEngines engines;

  public EngineValidator(ScriptEngines engines) {
    this.engines = engines;
  }

  @Override
  public Set<String> languages() {
    return engines.languages();
  }

  @Override
  public Optional<SyntaxProblem> validate(String language, String source) {
    ScriptEngine engine =
        engines
            .find(language)
            .orElseThrow(() -> new IllegalArgumentException("no engine for language " + language));
    try {
      engine.compile(source);
      return Optional.empty();
    } catch (ScriptSyntaxError e) {
      return Optional.of(new SyntaxProblem(e.kind(), e.getMessage(), e.span().line(), e.span().column()));
    }
  }
}
