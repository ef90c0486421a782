package dev.picloud.common.error;

import java.util.Map;

/** A capacity or availability failure; a retry may succeed. */
public final class TransientException extends PlatformException {
  private static final long serialVersionUID = 1L;

  public TransientException(String message) {
    super(message, Map.of(), null);
  }

  public TransientException(String message, Map<String, Object> details) {
    super(message, details, null);
  }

  public TransientException(String message, Throwable cause) {
    super(message, Map.of(), cause);
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.UNAVAILABLE;
  }
}
