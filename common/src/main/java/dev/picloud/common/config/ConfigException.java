package dev.picloud.common.config;

/**
 * A startup failure caused by configuration or by the environment a setting points at (unreachable database, port in
 * use, unwritable directory). Its message is one line that names the setting and the problem; launchers print it and
 * exit non-zero, without a stack trace.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String setting;
  private final String problem;

  public ConfigException(Setting setting, String problem) {
    this(setting.displayName(), problem, null);
  }

  public ConfigException(Setting setting, String problem, Throwable cause) {
    this(setting.displayName(), problem, cause);
  }

  public ConfigException(String setting, String problem, Throwable cause) {
    super(setting + ": " + problem, cause);
    this.setting = setting;
    this.problem = problem;
  }

  /** The setting as users name it, e.g. {@code PICLOUD_BIND (server.bind)}. */
  public String setting() {
    return setting;
  }

  /** What is wrong, without the setting name. */
  public String problem() {
    return problem;
  }
}
