package dev.picloud.common.error;

import java.util.Map;

/**
 * Base of every platform error. Subclasses are permanent except {@link TransientException}. The message names the
 * object and its id; {@link #details()} carries extra machine-readable fields for the JSON body (e.g. line, column).
 */
public abstract sealed class PlatformException extends RuntimeException
    permits NotFoundException,
        ConflictException,
        InvalidArgumentException,
        UnprocessableException,
        UnauthenticatedException,
        PermissionDeniedException,
        PayloadTooLargeException,
        TransientException,
        InternalException {

  private static final long serialVersionUID = 1L;
  private final transient Map<String, Object> details;

  protected PlatformException(String message, Map<String, Object> details, Throwable cause) {
    super(message, cause);
    this.details = Map.copyOf(details);
  }

  /** The stable code of this failure. */
  public abstract ErrorCode code();

  /** Extra fields for the error body; never contains stack traces. */
  public Map<String, Object> details() {
    return details;
  }
}
