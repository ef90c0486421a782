package dev.picloud.executor.script.rhai.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Frame layout of one function, closure or the main script, filled in by the {@link Resolver}. */
public final class FnInfo {
  /** Enclosing function for closures, else null. */
  public final FnInfo parent;
  /** Whether this is a closure body. */
  public final boolean closure;
  /** Whether this is the main script. */
  public final boolean main;
  /** Slots of the parameters, in call order (captured variables first for closures). */
  public final List<VarSlot> params = new ArrayList<>();
  /** Names captured from the enclosing frame, in order (closures only). */
  public final List<String> captureNames = new ArrayList<>();
  /** The enclosing frame's slots for the captured names (closures only). */
  public final List<VarSlot> captureSources = new ArrayList<>();
  /** Variables declared at the top level of the main script (after analysis). */
  public final Map<String, VarSlot> topLevel = new LinkedHashMap<>();
  /** Undeclared names used in this frame. */
  public final Map<String, VarSlot> externals = new LinkedHashMap<>();
  int nextSlot;
  int maxSlot;

  FnInfo(FnInfo parent, boolean closure, boolean main) {
    this.parent = parent;
    this.closure = closure;
    this.main = main;
  }

  int alloc() {
    int s = nextSlot++;
    if (nextSlot > maxSlot) {
      maxSlot = nextSlot;
    }
    return s;
  }

  /** Number of slots a frame of this function needs. */
  public int slotCount() {
    return maxSlot;
  }
}
