package dev.picloud.cli.api;

/** No HTTP answer: the connection was refused, timed out or broke, or the host is unknown. */
public final class UnreachableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
