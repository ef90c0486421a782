package dev.picloud.executor.script.rhai;

import dev.picloud.executor.script.rhai.eval.CompiledUnit;
import java.util.Set;

/**
 * A compiled script: immutable and thread-safe, so one instance can be cached and run by any
 * number of concurrent runs.
 */
public final class RhaiScript {
  private final CompiledUnit unit;
  private final String source;

  RhaiScript(CompiledUnit unit, String source) {
    this.unit = unit;
    this.source = source;
  }

  CompiledUnit unit() {
    return unit;
  }

  /** The source text. */
  public String source() {
    return source;
  }

  /** Names the script reads without declaring them (candidates for host variables). */
  public Set<String> freeVariables() {
    return unit.externals().keySet();
  }
}
