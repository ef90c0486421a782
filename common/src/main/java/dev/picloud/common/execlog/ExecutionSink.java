package dev.picloud.common.execlog;

/** Takes execution records for writing later. Implementations never block and never throw. */
public interface ExecutionSink {
  /**
   * Hands over a record.
   *
   * @return false when it was dropped (the sink's queue is full)
   */
  boolean offer(ExecutionRecord record);
}
