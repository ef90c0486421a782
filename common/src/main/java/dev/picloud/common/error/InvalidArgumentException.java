package dev.picloud.common.error;

import java.util.Map;

/** The request is malformed or names a bad value. */
public final class InvalidArgumentException extends PlatformException {
  private static final long serialVersionUID = 1L;

  public InvalidArgumentException(String message) {
    super(message, Map.of(), null);
  }

  public InvalidArgumentException(String message, Map<String, Object> details) {
    super(message, details, null);
  }

  public InvalidArgumentException(String message, Throwable cause) {
    super(message, Map.of(), cause);
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.INVALID_ARGUMENT;
  }
}
