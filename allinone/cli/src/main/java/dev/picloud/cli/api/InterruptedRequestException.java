package dev.picloud.cli.api;

/** A request was interrupted (Ctrl-C, or the thread running the command was interrupted); the flag stays set. */
public final class InterruptedRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InterruptedRequestException(InterruptedException cause) {
    super("interrupted", cause);
  }
}
