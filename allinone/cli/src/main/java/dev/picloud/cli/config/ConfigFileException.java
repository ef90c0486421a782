package dev.picloud.cli.config;

/** The config file cannot be read, parsed or written; the message names the file and what to do. */
public final class ConfigFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
