package dev.picloud.executor.script.rhai.value;

import java.util.ArrayList;
import java.util.List;

/**
 * A function pointer (type name {@code "Fn"}): a function name, the arguments curried into it, and
 * for closures and script functions an opaque binding to the compiled function and its
 * environment (set by the evaluator; {@code null} means "resolve by name at the call").
 */
public final class FnPtr {
  private final String name;
  private final List<Object> curried;
  private final Object binding;
  /** The value's tag ({@code x.tag}). */
  public short tag;

  /** Creates a pointer to {@code name} with no curried arguments and no binding. */
  public FnPtr(String name) {
    this(name, List.of(), null);
  }

  /** Creates a pointer; {@code curried} is copied. */
  public FnPtr(String name, List<Object> curried, Object binding) {
    this.name = name;
    this.curried = List.copyOf(curried);
    this.binding = binding;
  }

  /** The function name ({@code anon$…} for closures). */
  public String name() {
    return name;
  }

  /** The curried arguments, prepended to the call's own arguments. */
  public List<Object> curried() {
    return curried;
  }

  /** The evaluator's binding of this pointer, or {@code null}. */
  public Object binding() {
    return binding;
  }

  /** Whether this points to an anonymous function (a closure). */
  public boolean isAnonymous() {
    return name.startsWith("anon$");
  }

  /** Returns a new pointer with {@code more} appended to the curried arguments. */
  public FnPtr curry(List<Object> more) {
    List<Object> all = new ArrayList<>(curried.size() + more.size());
    all.addAll(curried);
    all.addAll(more);
    FnPtr p = new FnPtr(name, all, binding);
    p.tag = tag;
    return p;
  }

  @Override
  public String toString() {
    return "Fn(" + name + ")";
  }
}
