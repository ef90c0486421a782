package dev.picloud.common.error;

import java.util.Map;

/** A fault of the platform itself. */
public final class InternalException extends PlatformException {
  private static final long serialVersionUID = 1L;

  public InternalException(String message) {
    super(message, Map.of(), null);
  }

  public InternalException(String message, Map<String, Object> details) {
    super(message, details, null);
  }

  public InternalException(String message, Throwable cause) {
    super(message, Map.of(), cause);
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.INTERNAL;
  }
}
