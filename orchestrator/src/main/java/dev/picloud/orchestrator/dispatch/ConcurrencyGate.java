package dev.picloud.orchestrator.dispatch;

import java.util.concurrent.Semaphore;

/**
 * Bounds the runs in flight. Acquiring never waits: a full gate refuses at once (the caller answers 503 with {@code
 * Retry-After}), so overload sheds load instead of queueing it into timeouts.
 */
public final class ConcurrencyGate {
  private final int capacity;
  private final Semaphore permits;

  public ConcurrencyGate(int capacity) {
    this.capacity = capacity;
    this.permits = new Semaphore(capacity);
  }

  /** Takes a permit if one is free. */
  public boolean tryEnter() {
    return permits.tryAcquire();
  }

  /** Returns a permit taken by {@link #tryEnter}. */
  public void leave() {
    permits.release();
  }

  /** Runs in flight now. */
  public int inFlight() {
    return capacity - permits.availablePermits();
  }

  /** The most runs in flight at once. */
  public int capacity() {
    return capacity;
  }
}
