package dev.picloud.executor.invoke;

import dev.picloud.common.json.Json;
import dev.picloud.executor.script.ScriptOutput;
import dev.picloud.proto.v1.LogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Collects one run's log lines, capped so a chatty script cannot flood memory or the log table: at most {@code
 * maxEntries} lines and {@code maxBytes} of text in all; each message is cut at {@code maxMessageBytes}. Lines past a
 * cap are dropped and the run is marked truncated.
 */
public final class LogCapture implements ScriptOutput {
  private final int maxEntries;
  private final int maxBytes;
  private final int maxMessageChars;
  private final ReentrantLock lock = new ReentrantLock();
  private final List<LogEntry> entries = new ArrayList<>();
  private int bytes;
  private boolean truncated;

  public LogCapture(int maxEntries, int maxBytes, int maxMessageChars) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.maxMessageChars = maxMessageChars;
  }

  @Override
  public void log(String level, String message, Object data) {
    String text = message == null ? "" : message;
    if (text.length() > maxMessageChars) {
      text = text.substring(0, maxMessageChars) + "…";
    }
    String dataJson = data == null ? "" : Json.write(data);
    if (dataJson.length() > maxMessageChars) {
      dataJson = "";
    }
    int size = text.length() + dataJson.length() + level.length();
    lock.lock();
    try {
      if (entries.size() >= maxEntries || bytes + size > maxBytes) {
        truncated = true;
        return;
      }
      bytes += size;
      entries.add(
          LogEntry.newBuilder()
              .setLevel(level)
              .setMessage(text)
              .setDataJson(dataJson)
              .setTimestampUnixMs(System.currentTimeMillis())
              .build());
    } finally {
      lock.unlock();
    }
  }

  /** The lines kept. */
  public List<LogEntry> entries() {
    lock.lock();
    try {
      return List.copyOf(entries);
    } finally {
      lock.unlock();
    }
  }

  /** Whether any line was dropped. */
  public boolean truncated() {
    lock.lock();
    try {
      return truncated;
    } finally {
      lock.unlock();
    }
  }
}
