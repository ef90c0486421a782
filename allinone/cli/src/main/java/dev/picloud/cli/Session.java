package dev.picloud.cli;

import dev.picloud.cli.api.PiCloudClient;
import dev.picloud.cli.config.ConfigFile;
import dev.picloud.cli.config.ConfigFileException;
import dev.picloud.cli.config.Profile;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of the command line works with: its environment, standard streams and clock, the global options
 * ({@code --json}, {@code --profile}), and the server connection, made on first use from the environment or the
 * saved profile.
 */
public final class Session implements AutoCloseable {
  /** Overrides the saved URL. */
  public static final String URL_ENV = "PICLOUD_URL";
  /** Overrides the saved token. */
  public static final String TOKEN_ENV = "PICLOUD_TOKEN";
  /** Chooses the profile when {@code --profile} is not given. */
  public static final String PROFILE_ENV = "PICLOUD_PROFILE";

  private final Map<String, String> env;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private String profile;
  private boolean json;
  private PiCloudClient client;

  public Session(Map<String, String> env, InputStream in, PrintStream out, PrintStream err, Clock clock) {
    this.env = Map.copyOf(env);
    this.in = in;
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  public InputStream in() {
    return in;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  public Clock clock() {
    return clock;
  }

  /** Whether {@code --json} was given: print the API's JSON instead of text. */
  public boolean json() {
    return json;
  }

  /** Sets {@code --json}. */
  public void json(boolean on) {
    this.json = on;
  }

  /** Sets {@code --profile}. */
  public void profile(String name) {
    this.profile = name;
  }

  /** The profile in use: {@code --profile}, else {@code PICLOUD_PROFILE}, else {@code default}. */
  public String profile() {
    if (profile != null && !profile.isBlank()) {
      return profile;
    }
    String fromEnv = env.get(PROFILE_ENV);
    return fromEnv == null || fromEnv.isBlank() ? "default" : fromEnv;
  }

  /** The saved-logins file. */
  public ConfigFile config() {
    return ConfigFile.locate(env);
  }

  /**
   * The server, from {@code PICLOUD_URL} / {@code PICLOUD_TOKEN}, each falling back to the profile's saved value.
   *
   * @throws CliException (exit {@value ExitCode#UNREACHABLE}) when there is no URL or no token
   */
  public PiCloudClient client() {
    if (client == null) {
      Optional<Profile> saved;
      try {
        saved = config().profile(profile());
      } catch (ConfigFileException e) {
        throw new CliException(ExitCode.UNREACHABLE, e.getMessage(), e);
      }
      String url = env.getOrDefault(URL_ENV, saved.map(Profile::url).orElse(null));
      String token = env.getOrDefault(TOKEN_ENV, saved.map(Profile::token).orElse(null));
      if (url == null || url.isBlank() || token == null || token.isBlank()) {
        throw new CliException(
            ExitCode.UNREACHABLE,
            "not logged in"
                + (profile().equals("default") ? "" : " (profile '" + profile() + "')")
                + ": run 'picloud login URL --token TOKEN', or set "
                + URL_ENV
                + " and "
                + TOKEN_ENV);
      }
      client = connect(url, token);
    }
    return client;
  }

  /** The client for a URL and token given explicitly (login); it becomes this session's server. */
  public PiCloudClient connect(String url, String token) {
    close();
    client = new PiCloudClient(url, token, "picloud-cli/" + Cli.version());
    return client;
  }

  /** Releases the HTTP client's connections and thread, if one was made. */
  @Override
  public void close() {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  /** Prints a line of JSON text as the API sent it. */
  public void printJson(String raw) {
    out.println(raw == null || raw.isBlank() ? "{}" : raw.strip());
  }
}
