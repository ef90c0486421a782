package dev.picloud.executor.script.rhai.value;

import java.util.Iterator;

/** A value a {@code for} loop can iterate: ranges, iterators made by builtins, custom types. */
public interface RhaiIterable {
  /** Returns a fresh iterator over the script values this value yields. */
  Iterator<Object> iterator();
}
