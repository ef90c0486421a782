package dev.picloud.common.lifecycle;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stops what a launcher started, in reverse order of registration, once: on SIGTERM/SIGINT (a JVM shutdown hook) or
 * when {@link #run()} is called. Register the database first and the listener last, so the listener stops accepting
 * and drains before the things requests need go away.
 */
public final class Shutdown implements Runnable {
  private static final System.Logger LOG = System.getLogger(Shutdown.class.getName());

  private final ReentrantLock lock = new ReentrantLock();
  private final Deque<Step> steps = new ArrayDeque<>();
  private final AtomicBoolean done = new AtomicBoolean();
  private final java.io.PrintStream out;

  /** A shutdown that reports each step on {@code out}. */
  public Shutdown(java.io.PrintStream out) {
    this.out = out;
  }

  /** A shutdown that reports each step on standard error. */
  public Shutdown() {
    this(System.err);
  }

  private record Step(String name, AutoCloseable action) {}

  /** A shutdown that runs on JVM exit. */
  public static Shutdown onExit() {
    Shutdown shutdown = new Shutdown();
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "picloud-shutdown"));
    return shutdown;
  }

  /** Adds a step; steps run last-registered first. */
  public void register(String name, AutoCloseable action) {
    lock.lock();
    try {
      steps.push(new Step(name, action));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void run() {
    if (!done.compareAndSet(false, true)) {
      return;
    }
    lock.lock();
    try {
      while (!steps.isEmpty()) {
        Step step = steps.pop();
        long start = System.nanoTime();
        try {
          step.action().close();
          // Printed, not logged: during JVM shutdown the logging system may already be closed.
          out.println("picloud: stopped " + step.name() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        } catch (Exception e) {
          out.println("picloud: stopping " + step.name() + " failed: " + e);
          LOG.log(Level.WARNING, "Stopping " + step.name() + " failed", e);
        }
      }
    } finally {
      lock.unlock();
    }
  }
}
