package dev.picloud.executor.script.rhai;

import dev.picloud.executor.script.rhai.value.RhaiMap;
import dev.picloud.executor.script.rhai.value.Unit;
import dev.picloud.executor.script.rhai.value.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A script error, carrying the Rhai error {@link ErrorKind}, the raw message, the source
 * {@link Position} and the variant-specific fields Rhai puts in a {@code catch} map. {@link
 * #getMessage()} is exactly Rhai's {@code Display} text, e.g. {@code Variable not found: x (line
 * 1, position 9)}. No stack trace is captured: script errors are ordinary control flow.
 *
 * <p>{@link RhaiParseError} is a syntax error, {@link RhaiLimitError} a sandbox limit (never
 * catchable by a script), {@link RhaiInternalError} a Java exception inside a native function or
 * the engine (never catchable either), and {@link RhaiRuntimeError} everything else.
 */
public abstract sealed class RhaiError extends RuntimeException
    permits RhaiParseError, RhaiRuntimeError, RhaiLimitError, RhaiInternalError {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;
  private final String rawMessage;
  private Position position;
  private final transient Map<String, Object> fields;

  /** Creates an error; {@code fields} are the extra catch-map entries (may be empty). */
  protected RhaiError(ErrorKind kind, String rawMessage, Position position, Map<String, Object> fields) {
    this(kind, rawMessage, position, fields, null);
  }

  /** Creates an error caused by a Java exception ({@link RhaiInternalError}). */
  protected RhaiError(ErrorKind kind, String rawMessage, Position position,
      Map<String, Object> fields, Throwable cause) {
    super(rawMessage, cause, false, false);
    this.kind = kind;
    this.rawMessage = rawMessage;
    this.position = position == null ? Position.NONE : position;
    this.fields = fields == null ? Map.of() : fields;
  }

  /** Creates the right subclass for {@code kind} (limit kinds become {@link RhaiLimitError}). */
  public static RhaiError of(ErrorKind kind, String message, Position pos, Map<String, Object> fields) {
    return kind.catchable()
        ? new RhaiRuntimeError(kind, message, pos, fields, null, null, null)
        : new RhaiLimitError(kind, message, pos);
  }

  /**
   * A Java exception raised by native function {@code function} (a host function, or a bug) or
   * the evaluator: an uncatchable {@code ErrorSystem} that ends the run ({@link
   * RhaiInternalError}).
   */
  public static RhaiError internal(String function, RuntimeException cause, Position pos) {
    return new RhaiInternalError(function, cause, pos);
  }

  /** Creates an error with no extra fields. */
  public static RhaiError of(ErrorKind kind, String message, Position pos) {
    return of(kind, message, pos, Map.of());
  }

  /** The Rhai error kind. */
  public ErrorKind kind() {
    return kind;
  }

  /** The message without position suffix or nested chain. */
  public String rawMessage() {
    return rawMessage;
  }

  /** Where the error happened, or {@link Position#NONE}. */
  public Position position() {
    return position;
  }

  /**
   * Sets the position if none is known yet (errors raised inside builtins get the position of the
   * call). Returns {@code this}.
   */
  public RhaiError withPositionIfNone(Position pos) {
    if (position.isNone() && pos != null) {
      position = pos;
    }
    return this;
  }

  /** Overrides the position (used when {@code throw;} re-throws a caught error). */
  public RhaiError withPosition(Position pos) {
    position = pos == null ? Position.NONE : pos;
    return this;
  }

  /** Extra catch-map fields ({@code index}, {@code length}, {@code function}, …). */
  public Map<String, Object> fields() {
    return fields;
  }

  /** The message as Rhai displays it, without this error's own position suffix. */
  public String messageWithoutPosition() {
    return rawMessage;
  }

  /** Rhai's {@code Display} text: message plus {@code  (line L, position P)} when known. */
  @Override
  public String getMessage() {
    String m = messageWithoutPosition();
    return position.isNone() ? m : m + " (" + position + ")";
  }

  /**
   * This error and the errors it wraps, outermost first: for an error inside nested script
   * function calls, one {@code ErrorInFunctionCall} per call (its {@link #position()} is the call
   * site, its {@code function} field the callee) and finally the original error with the position
   * where it happened.
   */
  public java.util.List<RhaiError> chain() {
    java.util.List<RhaiError> out = new java.util.ArrayList<>();
    for (RhaiError e = this; e != null;
        e = e instanceof RhaiRuntimeError r ? r.inner() : null) {
      out.add(e);
    }
    return out;
  }

  /** Whether a script {@code try}/{@code catch} may catch this error. */
  public boolean catchable() {
    return kind.catchable();
  }

  /**
   * The value a script's {@code catch (e)} receives: the thrown value for {@code throw}, else an
   * object map with {@code message}, {@code error}, {@code line}, {@code position} and the
   * variant's fields.
   */
  public Object toCatchValue() {
    RhaiMap m = new RhaiMap();
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("message", messageWithoutPosition());
    all.put("error", kind.name());
    if (!position.isNone()) {
      all.put("line", (long) position.line());
      all.put("position", (long) position.column());
    }
    all.putAll(fields);
    for (Map.Entry<String, Object> e : all.entrySet()) {
      m.put(e.getKey(), e.getValue() == null ? Unit.INSTANCE : e.getValue());
    }
    return m;
  }

  /** Display form of a thrown value for {@code Runtime error: …}. */
  static String thrownText(Object v) {
    if (v == null || v instanceof Unit) {
      return "";
    }
    return Values.toDisplay(v);
  }
}
