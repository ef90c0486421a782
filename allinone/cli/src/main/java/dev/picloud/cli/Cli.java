package dev.picloud.cli;

import dev.picloud.cli.api.ApiException;
import dev.picloud.cli.api.InterruptedRequestException;
import dev.picloud.cli.api.UnreachableException;
import dev.picloud.cli.config.ConfigFileException;
import dev.picloud.cli.command.PicloudCommand;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Builds the {@code picloud} command line and runs it: parses, runs the command, and turns every failure into one
 * {@code picloud: …} line on stderr and its {@link ExitCode}.
 */
public final class Cli {
  /** The exit codes, as {@code --help} lists them. */
  static final Map<String, String> EXIT_CODES = exitCodes();

  private Cli() {}

  /** Runs one command line; returns its exit code. */
  public static int run(Session session, String... args) {
    try (session) {
      return commandLine(session).execute(args);
    }
  }

  /** The command line, with its output bound to the session's streams. */
  static CommandLine commandLine(Session session) {
    CommandLine cli = new CommandLine(PicloudCommand.class, factory(session));
    cli.setOut(new PrintWriter(session.out(), true));
    cli.setErr(new PrintWriter(session.err(), true));
    cli.setExecutionExceptionHandler((e, line, result) -> failure(session, e));
    cli.setParameterExceptionHandler(Cli::usageError);
    // '--data @file' is ours: picocli must not read @file arguments as argument files.
    cli.setExpandAtFiles(false);
    apply(cli);
    return cli;
  }

  private static void apply(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    spec.exitCodeOnInvalidInput(ExitCode.USAGE).exitCodeOnExecutionException(ExitCode.FAILED);
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
    if (spec.optionsMap().get("--help") == null) {
      spec.addOption(
          OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
    }
    cli.getSubcommands().values().forEach(Cli::apply);
  }

  /** The CLI's version (the jar's), or {@code dev} when run from classes. */
  public static String version() {
    String v = Cli.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("picloud: " + e.getMessage());
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return ExitCode.USAGE;
  }

  private static int failure(Session session, Exception e) {
    return switch (e) {
      case ApiException api -> {
        if (session.json()) {
          session.printJson(api.body());
        }
        session.err().println("picloud: " + api.error() + ": " + api.getMessage() + hint(api));
        yield ExitCode.FAILED;
      }
      case CliException cli -> {
        if (cli.getMessage() != null) {
          session.err().println("picloud: " + cli.getMessage());
        }
        yield cli.exitCode();
      }
      case UnreachableException u -> {
        session.err().println("picloud: " + u.getMessage());
        yield ExitCode.UNREACHABLE;
      }
      case InterruptedRequestException i -> ExitCode.INTERRUPTED;
      case ConfigFileException config -> {
        session.err().println("picloud: " + config.getMessage());
        yield ExitCode.FAILED;
      }
      default -> {
        session.err().println("picloud: internal error: " + e);
        e.printStackTrace(session.err());
        yield ExitCode.FAILED;
      }
    };
  }

  private static String hint(ApiException e) {
    return e.status() == 401 ? " (the server refused the token: log in again with 'picloud login URL --token TOKEN')" : "";
  }

  private static IFactory factory(Session session) {
    IFactory defaults = CommandLine.defaultFactory();
    return new IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
          if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Session.class) {
            c.setAccessible(true);
            return type.cast(c.newInstance(session));
          }
        }
        return defaults.create(type);
      }
    };
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("  " + ExitCode.OK, "ok");
    codes.put("  " + ExitCode.FAILED, "the request failed (the API's error and message on stderr; invoke: status >= 400)");
    codes.put("  " + ExitCode.USAGE, "usage error (bad option or argument, unreadable file, ambiguous name)");
    codes.put("  " + ExitCode.UNREACHABLE, "cannot reach the server, or not logged in");
    codes.put("  " + ExitCode.COMPILE_ERROR, "deploy: the script does not compile (FILE:LINE:COLUMN: message)");
    return codes;
  }
}
