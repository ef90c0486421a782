package dev.picloud.common.error;

import java.util.Map;

/** The request body exceeds the configured cap. */
public final class PayloadTooLargeException extends PlatformException {
  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(String message) {
    super(message, Map.of(), null);
  }

  public PayloadTooLargeException(String message, Map<String, Object> details) {
    super(message, details, null);
  }

  public PayloadTooLargeException(String message, Throwable cause) {
    super(message, Map.of(), cause);
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.PAYLOAD_TOO_LARGE;
  }
}
