package dev.picloud.executor.script.rhai.builtins;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.RhaiRuntimeError;
import dev.picloud.executor.script.rhai.lex.Lexer;
import dev.picloud.executor.script.rhai.value.FnPtr;
import dev.picloud.executor.script.rhai.value.Values;

/**
 * Calls a callback given to a builtin ({@code map}, {@code filter}, {@code reduce}, map {@code
 * filter}, …) the way Rhai's {@code FnPtr::call_raw_with_extra_args} does.
 *
 * <p>A call has a subject (the element, bound to {@code this} or passed as a parameter), the
 * regular arguments and the optional trailing extras (the index). Rhai tries, in order: (1) the
 * regular arguments with {@code this} bound to the subject; (2) the subject inserted into the
 * regular arguments at a fixed place; (3) the subject inserted and the extras appended (without a
 * subject that may move: the regular arguments plus the extras, {@code this} still bound). Each
 * fallback happens only when the previous attempt failed with "function not found" for the
 * pointer's own name. For a closure the number of parameters is known, so the matching attempt is
 * chosen directly; a pointer to a function by name goes through the attempts. Every error is
 * wrapped in {@code ErrorInFunctionCall} named after the builtin (Rhai's {@code caller_fn}).
 *
 * <p>One instance serves one builtin call (it caches the callback's arity).
 */
public final class Callbacks {
  private static final Object[] NONE = new Object[0];

  private final NativeCallContext ctx;
  private final FnPtr fn;
  private final String caller;
  /** Parameters of the closure behind {@link #fn} after currying, or -1 when not known. */
  private final int arity;

  private Callbacks(NativeCallContext ctx, FnPtr fn, String caller) {
    this.ctx = ctx;
    this.fn = fn;
    this.caller = caller;
    this.arity = fn.binding() != null ? ctx.arity(fn) : -1;
  }

  /** A callback for the builtin being called (errors are wrapped with its name). */
  public static Callbacks of(NativeCallContext ctx, FnPtr fn) {
    return new Callbacks(ctx, fn, ctx.functionName());
  }

  /** A callback whose errors are wrapped with {@code caller} instead of the builtin's name. */
  public static Callbacks of(NativeCallContext ctx, FnPtr fn, String caller) {
    return new Callbacks(ctx, fn, caller);
  }

  /**
   * Element callback of array functions: {@code f(elem)}, {@code f(elem, index)} or {@code this}
   * = elem with no parameter. The element is passed as given (callers pass a copy).
   */
  public Object element(Object elem, long index) {
    return call(new Object[] {elem}, NONE, new Object[] {index}, 0);
  }

  /**
   * Like {@link #element} with {@code this} by reference: {@code elemRef[0]} holds the element
   * after the call (a callback may assign to {@code this}), as {@code drain}/{@code retain} do.
   */
  public Object elementRef(Object[] elemRef, long index) {
    return call(elemRef, NONE, new Object[] {index}, 0);
  }

  /**
   * {@code for_each}: the element is always {@code this} (by reference); the callback takes no
   * parameter or the index.
   */
  public Object thisOnly(Object[] elemRef, long index) {
    return call(elemRef, NONE, new Object[] {index}, -1);
  }

  /** {@code reduce}: {@code f(acc, elem)}, {@code f(acc, elem, i)} or this-bound {@code f(acc)}. */
  public Object reduce(Object acc, Object elem, long index) {
    return call(new Object[] {elem}, new Object[] {acc}, new Object[] {index}, 1);
  }

  /**
   * Map callbacks: {@code f(key, value)} or {@code f(key)} with {@code this} = value, by
   * reference ({@code valueRef[0]} holds the value after the call).
   */
  public Object keyed(String key, Object[] valueRef) {
    return call(valueRef, new Object[] {key}, NONE, 1);
  }

  /** No subject: {@code f(args…)} or {@code f(args…, extra)} ({@code zip}). */
  public Object plain(Object[] args, Object extra) {
    return call(null, args, new Object[] {extra}, -1);
  }

  /**
   * Direct call with exactly {@code args} and no retry (comparers of {@code sort}/{@code dedup});
   * errors are not wrapped because those builtins treat any failure as a result.
   */
  public Object raw(Object... args) {
    return ctx.call(fn, args);
  }

  /**
   * The attempts. {@code subject} is null or a one-element reference; {@code move} is where the
   * subject goes among the arguments, or -1 when it can only be {@code this}.
   */
  private Object call(Object[] subject, Object[] args, Object[] extras, int move) {
    try {
      if (arity >= 0) {
        return callKnown(subject, args, extras, move);
      }
      return callByName(subject, args, extras, move);
    } catch (RhaiError e) {
      if (!e.catchable()) {
        throw e;
      }
      throw RhaiRuntimeError.inFunctionCall(caller, e, ctx.position());
    }
  }

  private Object callKnown(Object[] subject, Object[] args, Object[] extras, int move) {
    int n = args.length;
    if (arity == n) {
      return withThis(subject, args);
    }
    if (move >= 0 && subject != null) {
      if (arity == n + 1) {
        return ctx.call(fn, insert(args, move, subject[0]));
      }
      return ctx.call(fn, insert(concat(args, extras), move, subject[0]));
    }
    return withThis(subject, concat(args, extras));
  }

  private Object callByName(Object[] subject, Object[] args, Object[] extras, int move) {
    try {
      return withThis(subject, args);
    } catch (RhaiError e) {
      if (!notFoundHere(e)) {
        throw e;
      }
    }
    if (move >= 0 && subject != null) {
      try {
        return ctx.call(fn, insert(args, move, subject[0]));
      } catch (RhaiError e) {
        if (!notFoundHere(e)) {
          throw e;
        }
      }
      return ctx.call(fn, insert(concat(args, extras), move, subject[0]));
    }
    return withThis(subject, concat(args, extras));
  }

  private Object withThis(Object[] subject, Object[] args) {
    return subject == null ? ctx.call(fn, args) : ctx.callWithThisRef(subject, fn, args);
  }

  /** Whether {@code e} says that the pointer's own function was not found (so retry). */
  private boolean notFoundHere(RhaiError e) {
    if (e.kind() != ErrorKind.ErrorFunctionNotFound) {
      return false;
    }
    Object sig = e.fields().get("function");
    String s = sig instanceof String str ? str : e.rawMessage();
    return s.startsWith(fn.name());
  }

  private static Object[] insert(Object[] args, int at, Object v) {
    Object[] r = new Object[args.length + 1];
    int k = Math.min(at, args.length);
    System.arraycopy(args, 0, r, 0, k);
    r[k] = v;
    System.arraycopy(args, k, r, k + 1, args.length - k);
    return r;
  }

  private static Object[] concat(Object[] a, Object[] b) {
    if (b.length == 0) {
      return a;
    }
    Object[] r = new Object[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** Rhai's {@code as_bool().unwrap_or(false)}: anything but {@code true} counts as false. */
  public static boolean isTrue(Object v) {
    return Values.deref(v) instanceof Boolean b && b;
  }

  /**
   * The pointer the deprecated string forms ({@code a.map("f")}) use: Rhai's {@code
   * FnPtr::new(name)}, which rejects reserved words and invalid names.
   */
  public static FnPtr pointerTo(String name) {
    if (Lexer.KEYWORDS.contains(name) || Lexer.RESERVED_WORDS.contains(name)
        || Lexer.CALLABLE_RESERVED.contains(name)) {
      throw Errors.of(ErrorKind.ErrorParsing, "Syntax error: '" + name + "' is a reserved keyword");
    }
    if (!validName(name)) {
      throw Errors.functionNotFound(name, Position.NONE);
    }
    return new FnPtr(name);
  }

  private static boolean validName(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
        return false;
      }
    }
    return true;
  }
}
