package dev.picloud.common.error;

import java.util.Map;

/** No valid identity was presented. */
public final class UnauthenticatedException extends PlatformException {
  private static final long serialVersionUID = 1L;

  public UnauthenticatedException(String message) {
    super(message, Map.of(), null);
  }

  public UnauthenticatedException(String message, Map<String, Object> details) {
    super(message, details, null);
  }

  public UnauthenticatedException(String message, Throwable cause) {
    super(message, Map.of(), cause);
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.UNAUTHENTICATED;
  }
}
