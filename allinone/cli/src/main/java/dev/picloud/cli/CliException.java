package dev.picloud.cli;

/** A failure the command line reports as one line on stderr, with the exit code that says what kind it is. */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A wrong command line: exit {@value ExitCode#USAGE}. */
  public static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }

  /** A failed request or missing object: exit {@value ExitCode#FAILED}. */
  public static CliException failed(String message) {
    return new CliException(ExitCode.FAILED, message);
  }

  /** The exit code. */
  public int exitCode() {
    return exitCode;
  }
}
