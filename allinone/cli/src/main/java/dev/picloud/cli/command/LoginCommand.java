package dev.picloud.cli.command;

import dev.picloud.cli.CliException;
import dev.picloud.cli.ExitCode;
import dev.picloud.cli.Session;
import dev.picloud.cli.api.ApiException;
import dev.picloud.cli.api.Json;
import dev.picloud.cli.api.PiCloudClient;
import dev.picloud.cli.config.ConfigFile;
import dev.picloud.cli.config.Profile;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code picloud login URL}: checks the URL and token against the server ({@code GET /apps}) and saves them in the
 * profile. Nothing is saved when the check fails.
 */
@Command(
    name = "login",
    description = {
      "Check a server URL and admin token and save them (in the profile, mode 600).",
      "The token is the server's PICLOUD_ADMIN_TOKEN, or the one it generated at its first start: printed once and"
          + " saved as admin-token in its data directory, e.g. picloud-data/admin-token for ./picloud serve."
    })
final class LoginCommand implements Callable<Integer> {
  private final Session session;

  @Parameters(paramLabel = "URL", description = "The server, e.g. http://localhost:8080.")
  private String url;

  @Option(names = "--token", paramLabel = "TOKEN", description = "The admin token (without it: --token-file, else one line from stdin).")
  private String token;

  @Option(names = "--token-file", paramLabel = "FILE", description = "Read the admin token from a file, e.g. picloud-data/admin-token.")
  private Path tokenFile;

  LoginCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    String base = url(url);
    String t = token();
    PiCloudClient api = session.connect(base, t);
    try {
      api.get("/apps");
    } catch (ApiException e) {
      if (e.status() == 401) {
        throw CliException.failed("the server at " + base + " refused the token; nothing saved");
      }
      throw e;
    }
    ConfigFile config = session.config();
    config.save(session.profile(), new Profile(base, t));
    if (session.json()) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("url", base);
      result.put("profile", session.profile());
      result.put("config", config.path().toString());
      session.out().println(Json.write(result));
    } else {
      session.out().println("logged in to " + base + " (profile " + session.profile() + ", saved in " + config.path() + ")");
    }
    return ExitCode.OK;
  }

  private static String url(String text) {
    String u = text.trim();
    if (!u.contains("://")) {
      u = "http://" + u;
    }
    try {
      URI uri = URI.create(u);
      if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw CliException.usage("'" + text + "' is not an http:// or https:// URL with a host");
      }
    } catch (IllegalArgumentException e) {
      throw CliException.usage("'" + text + "' is not a URL: " + e.getMessage());
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  /**
   * Whether a person is typing: on Java 21 a console exists only then; from Java 22 one always exists and {@code
   * Console.isTerminal()} (called reflectively, as this code targets 21) tells.
   */
  private static boolean interactive(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  private String token() {
    String t;
    if (token != null) {
      t = token;
    } else if (tokenFile != null) {
      try {
        t = Files.readString(tokenFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw CliException.usage("cannot read the token from " + tokenFile + ": " + e.getMessage());
      }
    } else {
      if (session.in() == System.in && interactive(System.console())) {
        char[] typed = System.console().readPassword("admin token: ");
        t = typed == null ? "" : new String(typed);
      } else {
        try {
          String line = new BufferedReader(new InputStreamReader(session.in(), StandardCharsets.UTF_8)).readLine();
          t = line == null ? "" : line;
        } catch (IOException e) {
          throw CliException.usage("cannot read the token from stdin: " + e.getMessage());
        }
      }
    }
    t = t.strip();
    if (t.isEmpty()) {
      throw CliException.usage("no token: pass --token TOKEN or --token-file FILE");
    }
    return t;
  }
}
