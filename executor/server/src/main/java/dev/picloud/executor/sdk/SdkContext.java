package dev.picloud.executor.sdk;

import dev.picloud.executor.script.ScriptOutput;

/**
 * What SDK functions know about the run calling them; passed explicitly, never through thread-locals.
 *
 * @param executionId the run
 * @param appId the app the script belongs to (data access is always scoped to it)
 * @param scriptId the script
 * @param output where log lines go
 * @param deadlineNanos {@link System#nanoTime()} by which the run must end; blocking SDK calls must respect it
 */
public record SdkContext(String executionId, String appId, String scriptId, ScriptOutput output, long deadlineNanos) {
  /**
   * Stops the call when the run is out of time: long-running SDK work (a regex scan, a blocking call) checks this
   * regularly so that a single call cannot outlast the run's deadline.
   *
   * @throws SdkTimeoutException when the deadline has passed or the thread was interrupted
   */
  public void checkDeadline() {
    if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
      throw new SdkTimeoutException();
    }
  }
}
