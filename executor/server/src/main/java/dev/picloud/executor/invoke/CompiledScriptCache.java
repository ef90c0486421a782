package dev.picloud.executor.invoke;

import dev.picloud.common.catalog.ScriptSource;
import dev.picloud.common.id.ScriptId;
import dev.picloud.executor.script.CompiledScript;
import dev.picloud.executor.script.ScriptSyntaxError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Compiled scripts by (script, version), least recently used evicted first. A version never changes, so entries never
 * go stale; a new version is simply a new key. Compilation happens outside the lock; two threads may compile the same
 * version once each on a cold start, which is harmless.
 */
public final class CompiledScriptCache {
  /** What a (script, version) compiled to: a script, or the syntax error it has. */
  public record Entry(ScriptSource source, CompiledScript compiled, ScriptSyntaxError syntaxError) {}

  private record Key(ScriptId id, long version) {}

  private final int capacity;
  private final ReentrantLock lock = new ReentrantLock();
  private final LinkedHashMap<Key, Entry> entries;

  public CompiledScriptCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, CompiledScriptCache.Entry> eldest) {
            return size() > CompiledScriptCache.this.capacity;
          }
        };
  }

  /** The cached entry, if any. */
  public Optional<Entry> get(ScriptId id, long version) {
    lock.lock();
    try {
      return Optional.ofNullable(entries.get(new Key(id, version)));
    } finally {
      lock.unlock();
    }
  }

  /** Stores an entry. */
  public void put(Entry entry) {
    lock.lock();
    try {
      entries.put(new Key(entry.source().scriptId(), entry.source().version()), entry);
    } finally {
      lock.unlock();
    }
  }

  /** Drops every version of a script (e.g. it was deleted). */
  public void evict(ScriptId id) {
    lock.lock();
    try {
      entries.keySet().removeIf(k -> k.id().equals(id));
    } finally {
      lock.unlock();
    }
  }

  /** How many entries are cached. */
  public int size() {
    lock.lock();
    try {
      return entries.size();
    } finally {
      lock.unlock();
    }
  }
}
