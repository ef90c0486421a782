package dev.picloud.executor.script;

/** A compiled script: immutable and safe to share between concurrent runs. Engines define what it holds. */
public interface CompiledScript {
  /** The engine's language, e.g. {@code rhai}. */
  String language();
}
