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

  /**
   * Blocks for {@code seconds} (Rhai's {@code sleep}), but never past the run's deadline: a sleep
   * that would end after it waits until the deadline and then raises {@code ErrorTimeout}. An
   * interrupt ends the run with {@code ErrorTerminated} (the interrupt flag stays set).
   */
  public void sleep(double seconds, Position pos) {
    if (!(seconds > 0)) {
      return;
    }
    long want = seconds >= 9.2e9 ? Long.MAX_VALUE : (long) (seconds * 1e9);
    long start = System.nanoTime();
    boolean cut = false;
    if (hasDeadline) {
      long left = deadline - start;
      if (left < want) {
        want = Math.max(0, left);
        cut = true;
      }
    }
    try {
      long end = start + want;
      for (long rest = want; rest > 0; rest = end - System.nanoTime()) {
        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(rest);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RhaiError.of(ErrorKind.ErrorTerminated, "Script terminated", pos);
    }
    if (cut) {
      throw RhaiError.of(ErrorKind.ErrorTimeout, "Script timed out", pos);
    }
  }

  /** Operations counted so far (approximate between slow-path checks). */
  public long operations() {
    return operations + (SLICE - Math.max(countdown, 0));
  }

  // ---------------------------------------------------------------------------------------------
  // Data sizes and memory.
  //
  // Size limits are Rhai's: after a value grows, its recursive data sizes (Sizes.dataSizes) are
  // compared with max_array_size / max_map_size / max_string_size (only when set).
  //
  // The memory budget is a meter. Every place that builds or grows a value charges the estimated
  // size of what it added (a string's characters, an added element's deep size); the meter thus
  // bounds from above how much the run can hold. When the meter passes its threshold, the run's
  // live values (Roots: every active frame's variables, the modules, plus the value just grown)
  // are measured for real; above the budget the run ends with ErrorMemoryLimit, else the meter
  // restarts from the measured size and the next threshold is a quarter budget further. So live
  // data stays under about 1.25 times the budget and a measurement costs O(live data) once per
  // quarter budget of allocation: amortised O(1) per allocated byte.
  // ---------------------------------------------------------------------------------------------

  /** The live values of a run, visited when the memory meter asks for a measurement. */
  @FunctionalInterface
  public interface Roots {
    /** Passes every value the run currently holds to {@code sink}. */
    void visit(java.util.function.Consumer<Object> sink);
  }

  private Roots roots;
  private long meter;
  private long nextMeasure = -1;

  /** Sets the run's live values (called once by the runtime). */
  public void setRoots(Roots r) {
    this.roots = r;
  }

  private RhaiError memoryError(long bytes, Position pos) {
    return RhaiError.of(ErrorKind.ErrorMemoryLimit, "Memory limit exceeded: about " + bytes
        + " bytes of data (budget " + limits.maxMemoryBytes() + ")", pos);
  }

  private static RhaiError tooLarge(int what, Position pos) {
    return RhaiError.of(ErrorKind.ErrorDataTooLarge, switch (what) {
      case 0 -> "Size of array/BLOB too large";
      case 1 -> "Size of object map too large";
      default -> "Length of string too large";
    }, pos);
  }

  /**
   * Charges {@code bytes} just built to the memory meter; {@code grown} (may be null) is the
   * value that grew, measured along with the run's roots when the meter asks for it.
   */
  public void charge(long bytes, Object grown, Position pos) {
    long mem = limits.maxMemoryBytes();
    if (mem <= 0) {
      return;
    }
    if (bytes > mem) {
      throw memoryError(bytes, pos);
    }
    if (nextMeasure < 0) {
      nextMeasure = mem;
    }
    meter += bytes;
    if (meter > nextMeasure) {
      measure(grown, pos);
    }
  }

  /** Measures the run's live data now (see the section comment). */
  public void measure(Object grown, Position pos) {
    long mem = limits.maxMemoryBytes();
    if (mem <= 0) {
      return;
    }
    Sizes.Walk w = new Sizes.Walk(mem, grown);
    if (roots != null) {
      roots.visit(v -> {
        if (!w.over()) {
          w.add(v);
        }
      });
    }
    if (grown != null && !w.seenExtra() && !w.over()) {
      w.add(grown);
    }
    if (w.over()) {
      throw memoryError(w.total, pos);
    }
    meter = w.total;
    nextMeasure = Math.max(mem, w.total + mem / 4);
  }

  /**
   * A pre-check before building a string of at least {@code chars} characters (each at least one
   * byte), so a huge request fails before anything is allocated.
   */
  public void checkString(long chars, Position pos) {
    long max = limits.maxStringSize();
    if (max > 0 && chars > max) {
      throw tooLarge(2, pos);
    }
    long mem = limits.maxMemoryBytes();
    if (mem > 0 && Sizes.string(chars) > mem) {
      throw memoryError(Sizes.string(chars), pos);
    }
  }

  /** Checks and charges a string just built. */
  public void checkString(String s, Position pos) {
    long max = limits.maxStringSize();
    if (max > 0 && s.length() * 3L > max && Sizes.utf8Length(s) > max) {
      throw tooLarge(2, pos);
    }
    charge(Sizes.string(s.length()), null, pos);
  }

  /**
   * Checks a string that grew in place by {@code added} characters to {@code totalChars}
   * characters and {@code totalBytes} UTF-8 bytes (pass -1 when the bytes are not tracked).
   */
  public void checkAppend(long totalChars, long totalBytes, long added, Position pos) {
    long max = limits.maxStringSize();
    if (max > 0 && (totalChars > max || (totalBytes >= 0 && totalBytes > max))) {
      throw tooLarge(2, pos);
    }
    charge(2 * added, null, pos);
  }

  /** Whether string byte lengths matter (a string size limit is set). */
  public boolean tracksStringBytes() {
    return limits.maxStringSize() > 0;
  }

  /** Checks and charges a value just built (a new array, map, BLOB, string or pointer). */
  public void checkNew(Object value, Position pos) {
    checkSizes(value, pos);
    long mem = limits.maxMemoryBytes();
    if (mem > 0) {
      charge(Sizes.deep(value, mem), value, pos);
    }
  }

  /** Checks and charges a value just built whose estimate {@code bytes} the caller computed. */
  public void checkBuilt(Object value, long bytes, Position pos) {
    checkSizes(value, pos);
    charge(bytes, value, pos);
  }

  /**
   * Checks a container that grew in place by {@code added}: an element, or for {@code
   * fromContainer} a container whose elements were all added.
   */
  public void checkAdded(Object container, Object added, boolean fromContainer, Position pos) {
    checkSizes(container, pos);
    long mem = limits.maxMemoryBytes();
    if (mem > 0) {
      long bytes = Sizes.deep(added, mem);
      charge(fromContainer ? bytes : bytes + 8, container, pos);
    }
  }

  /**
   * The size-limit check natives call after a container grew to {@code size} elements (memory
   * is charged centrally, see {@code Calls.callNative}): Rhai's recursive counts when a limit is
   * set.
   */
  public void checkGrowth(Object container, int size, boolean isMap, Position pos) {
    long max = isMap ? limits.maxMapSize() : limits.maxArraySize();
    if (max > 0 && size > max) {
      throw tooLarge(isMap ? 1 : 0, pos);
    }
    checkSizes(container, pos);
  }

  /** Checks and charges a value kept from outside (a host value, a large literal). */
  public void checkValue(Object v, Position pos) {
    checkNew(v, pos);
  }

  /** Whether any data check is active (a memory budget or a size limit). */
  public boolean checksData() {
    return limits.maxMemoryBytes() > 0 || limits.maxArraySize() > 0 || limits.maxMapSize() > 0
        || limits.maxStringSize() > 0;
  }

  /**
   * The central check after a native call (Rhai's {@code check_return_value} plus the check of a
   * mutated first argument): a new result is checked and charged as built; a receiver that grew
   * in place is size-checked and charged the deep size of the other arguments (what push,
   * insert, append, set, mixin… add) plus its element growth.
   */
  public void afterNative(Object result, Object[] args, Object before0, int sizeBefore,
      boolean mutating, Position pos) {
    Object a0 = args.length > 0 ? args[0] : null;
    if (result != a0 && (result instanceof String || isContainer(result))) {
      if (result instanceof String s) {
        checkString(s, pos);
      } else {
        checkNew(result, pos);
      }
    }
    if (!mutating || a0 == null) {
      return;
    }
    if (a0 != before0) {
      if (a0 instanceof String s) {
        checkString(s, pos);
      } else if (isContainer(a0)) {
        checkNew(a0, pos);
      }
      return;
    }
    if (isContainer(a0)) {
      checkSizes(a0, pos);
      long mem = limits.maxMemoryBytes();
      if (mem > 0) {
        long bytes = 8L * Math.max(0, sizeOf(a0) - sizeBefore);
        for (int i = 1; i < args.length; i++) {
          bytes += Sizes.deep(args[i], mem);
        }
        charge(bytes, a0, pos);
      }
    }
  }

  private static boolean isContainer(Object v) {
    return v instanceof dev.picloud.executor.script.rhai.value.RhaiArray
        || v instanceof dev.picloud.executor.script.rhai.value.RhaiMap
        || v instanceof dev.picloud.executor.script.rhai.value.RhaiBlob
        || v instanceof dev.picloud.executor.script.rhai.value.FnPtr;
  }

  /** Element count of a container (0 for other values), for {@link #afterNative}. */
  public static int sizeOf(Object v) {
    return switch (v) {
      case dev.picloud.executor.script.rhai.value.RhaiArray a -> a.size();
      case dev.picloud.executor.script.rhai.value.RhaiMap m -> m.size();
      case dev.picloud.executor.script.rhai.value.RhaiBlob b -> b.size();
      case null, default -> 0;
    };
  }

  /** Rhai's size limits on {@code value} (recursive counts), when any is set. */
  public void checkSizes(Object value, Position pos) {
    long ma = limits.maxArraySize();
    long mm = limits.maxMapSize();
    long ms = limits.maxStringSize();
    if (ma <= 0 && mm <= 0 && ms <= 0) {
      return;
    }
    long[] n = Sizes.dataSizes(value, ma, mm, ms);
    if (ma > 0 && n[0] > ma) {
      throw tooLarge(0, pos);
    }
    if (mm > 0 && n[1] > mm) {
      throw tooLarge(1, pos);
    }
    if (ms > 0 && n[2] > ms) {
      throw tooLarge(2, pos);
    }
  }

  /**
   * A pre-check before a container grows to {@code elements} elements of about {@code bytes}
   * bytes in one step, so a huge request fails before anything is allocated.
   */
  public void checkContainer(long elements, long bytes, boolean isMap, Position pos) {
    long max = isMap ? limits.maxMapSize() : limits.maxArraySize();
    if (max > 0 && elements > max) {
      throw tooLarge(isMap ? 1 : 0, pos);
    }
    long mem = limits.maxMemoryBytes();
    if (mem > 0 && bytes > mem) {
      throw memoryError(bytes, pos);
    }
  }

  /** The memory budget in bytes (0 = unlimited). */
  public long memoryBudget() {
    return limits.maxMemoryBytes();
  }
}
