package dev.picloud.common.error;

import java.util.Map;

/** The identity lacks the capability. */
public final class PermissionDeniedException extends PlatformException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(String message) {
    super(message, Map.of(), null);
  }

  public PermissionDeniedException(String message, Map<String, Object> details) {
    super(message, details, null);
  }

  public PermissionDeniedException(String message, Throwable cause) {
    super(message, Map.of(), cause);
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.PERMISSION_DENIED;
  }
}
