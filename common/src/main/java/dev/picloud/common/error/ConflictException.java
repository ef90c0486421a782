package dev.picloud.common.error;

import java.util.Map;

/** The request conflicts with existing state. */
public final class ConflictException extends PlatformException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message, Map.of(), null);
  }

  public ConflictException(String message, Map<String, Object> details) {
    super(message, details, null);
  }

  public ConflictException(String message, Throwable cause) {
    super(message, Map.of(), cause);
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.CONFLICT;
  }
}
