package dev.picloud.executor.script.rhai.sandbox;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;

/**
 * The single sandbox entry point of a run. {@link #tick(Position)} is called for every statement,
 * loop iteration and call: it decrements a counter, and only every {@value #SLICE} ticks (or when
 * the operation limit is near) does the slow path update the operation count, compare {@link
 * System#nanoTime()} with the deadline and check {@link Thread#interrupted()}.
 *
 * <p>Memory is an estimate: code that creates or grows strings, arrays, maps and BLOBs reports the
 * size of the value it built ({@link #checkString(long, Position)}, {@link #checkContainer(long,
 * long, Position)}); a value above the budget raises {@code ErrorMemoryLimit}.
 */
public final class Budget {
  /** Ticks between slow-path checks. */
  public static final int SLICE = 1024;

  private final Limits limits;
  private final long deadline;
  private final boolean hasDeadline;
  private long operations;
  private int countdown;

  /** Creates the budget of one run starting now. */
  public Budget(Limits limits) {
    this.limits = limits;
    long t = limits.timeout() == null ? 0 : limits.timeout().toNanos();
    this.hasDeadline = t > 0;
    this.deadline = hasDeadline ? System.nanoTime() + t : 0;
    this.countdown = slice();
  }

  private int slice() {
    long max = limits.maxOperations();
    if (max > 0) {
      long left = max - operations;
      return (int) Math.max(0, Math.min(SLICE, left));
    }
    return SLICE;
  }

  /** The limits in force. */
  public Limits limits() {
    return limits;
  }

  /** Counts one operation; cheap except every {@value #SLICE} calls. */
  public void tick(Position pos) {
    if (--countdown < 0) {
      slowTick(pos);
    }
  }

  private void slowTick(Position pos) {
    operations += SLICE - Math.max(countdown, 0);
    long max = limits.maxOperations();
    if (max > 0 && operations >= max) {
      throw RhaiError.of(ErrorKind.ErrorTooManyOperations, "Too many operations", pos);
    }
    if (hasDeadline && System.nanoTime() - deadline > 0) {
      throw RhaiError.of(ErrorKind.ErrorTimeout, "Script timed out", pos);
    }
    if (Thread.currentThread().isInterrupted()) {
      throw RhaiError.of(ErrorKind.ErrorTerminated, "Script terminated", pos);
    }
    countdown = slice();
    if (countdown == 0) {
      operations++;
      throw RhaiError.of(ErrorKind.ErrorTooManyOperations, "Too many operations", pos);
    }
  }

  /** Operations counted so far (approximate between slow-path checks). */
  public long operations() {
    return operations + (SLICE - Math.max(countdown, 0));
  }

  /** Checks a string of {@code chars} UTF-16 units just built. */
  public void checkString(long chars, Position pos) {
    long max = limits.maxStringSize();
    if (max > 0 && chars > max) {
      throw RhaiError.of(ErrorKind.ErrorDataTooLarge, "Length of string too large", pos);
    }
    long mem = limits.maxMemoryBytes();
    if (mem > 0 && chars * 2 + 40 > mem) {
      throw RhaiError.of(ErrorKind.ErrorMemoryLimit,
          "Memory limit exceeded: a string of " + chars + " characters", pos);
    }
  }

  /**
   * Checks a container just grown: {@code elements} is its (array/map) size, {@code bytes} its
   * estimated deep size.
   */
  public void checkContainer(long elements, long bytes, boolean isMap, Position pos) {
    long max = isMap ? limits.maxMapSize() : limits.maxArraySize();
    if (max > 0 && elements > max) {
      throw RhaiError.of(ErrorKind.ErrorDataTooLarge,
          isMap ? "Size of object map too large" : "Size of array/BLOB too large", pos);
    }
    long mem = limits.maxMemoryBytes();
    if (mem > 0 && bytes > mem) {
      throw RhaiError.of(ErrorKind.ErrorMemoryLimit,
          "Memory limit exceeded: a value of about " + bytes + " bytes", pos);
    }
  }

  /** The memory budget in bytes (0 = unlimited). */
  public long memoryBudget() {
    return limits.maxMemoryBytes();
  }

  /**
   * Checks an array or map that just grew to {@code size} elements: the size limits every time,
   * and the memory estimate each time the size reaches a power of two from 1024 on (amortised
   * O(1) per insertion).
   */
  public void checkGrowth(Object container, int size, boolean isMap, Position pos) {
    long max = isMap ? limits.maxMapSize() : limits.maxArraySize();
    if (max > 0 && size > max) {
      throw RhaiError.of(ErrorKind.ErrorDataTooLarge,
          isMap ? "Size of object map too large" : "Size of array/BLOB too large", pos);
    }
    long mem = limits.maxMemoryBytes();
    if (mem > 0 && size >= 1024 && (size & (size - 1)) == 0) {
      long bytes = Sizes.deep(container, mem);
      if (bytes > mem) {
        throw RhaiError.of(ErrorKind.ErrorMemoryLimit,
            "Memory limit exceeded: a value of more than " + mem + " bytes", pos);
      }
    }
  }

  /** Checks a value about to be kept (e.g. a large literal or host value) against the budget. */
  public void checkValue(Object v, Position pos) {
    long mem = limits.maxMemoryBytes();
    if (mem > 0 && Sizes.deep(v, mem) > mem) {
      throw RhaiError.of(ErrorKind.ErrorMemoryLimit,
          "Memory limit exceeded: a value of more than " + mem + " bytes", pos);
    }
  }
}
