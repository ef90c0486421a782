package dev.picloud.common.error;

import java.util.Map;

/** Well-formed content that cannot be processed, such as a script that does not compile. */
public final class UnprocessableException extends PlatformException {
  private static final long serialVersionUID = 1L;

  public UnprocessableException(String message) {
    super(message, Map.of(), null);
  }

  public UnprocessableException(String message, Map<String, Object> details) {
    super(message, details, null);
  }

  public UnprocessableException(String message, Throwable cause) {
    super(message, Map.of(), cause);
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.UNPROCESSABLE;
  }
}
