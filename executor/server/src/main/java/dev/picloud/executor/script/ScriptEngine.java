package dev.picloud.executor.script;

/** One scripting language. Implementations are thread-safe; one instance serves every run. */
public interface ScriptEngine {
  /** The language name scripts are saved with, e.g. {@code rhai}. */
  String language();

  /**
   * Compiles source text.
   *
   * @throws ScriptSyntaxError when it does not compile
   */
  CompiledScript compile(String source);

  /**
   * Runs a compiled script once.
   *
   * @return the script's value as a plain Java value ({@code null}, Boolean, Long, Double, String, List, Map, byte[])
   * @throws ScriptError when the script fails or is stopped
   */
  Object run(CompiledScript script, Invocation invocation);
}
