package dev.picloud.common.error;

import java.util.Map;

/** The named object does not exist. */
public final class NotFoundException extends PlatformException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message, Map.of(), null);
  }

  public NotFoundException(String message, Map<String, Object> details) {
    super(message, details, null);
  }

  public NotFoundException(String message, Throwable cause) {
    super(message, Map.of(), cause);
  }

  /** A not-found error naming the kind of object and its id, e.g. {@code script 'x1' not found}. */
  public static NotFoundException of(String kind, Object id) {
    return new NotFoundException(kind + " '" + id + "' not found", Map.of("kind", kind, "id", String.valueOf(id)));
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.NOT_FOUND;
  }
}
