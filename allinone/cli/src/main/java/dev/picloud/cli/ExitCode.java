package dev.picloud.cli;

/** The exit codes of {@code picloud}, one meaning each, so shell scripts can rely on them. */
public final class ExitCode {
  /** It worked. */
  public static final int OK = 0;

  /** The request failed: the API answered 4xx or 5xx (its error and message go to stderr), or invoke got ≥ 400. */
  public static final int FAILED = 1;

  /** The command line is wrong: an unknown option, a missing argument, an unreadable file, an ambiguous name. */
  public static final int USAGE = 2;

  /** No server to talk to: not logged in, or the server cannot be reached. */
  public static final int UNREACHABLE = 3;

  /** {@code deploy}: the script does not compile ({@code FILE:LINE:COLUMN: message} on stderr). */
  public static final int COMPILE_ERROR = 4;

  /** Interrupted (Ctrl-C). */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}
}
