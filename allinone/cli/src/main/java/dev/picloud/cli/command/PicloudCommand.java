package dev.picloud.cli.command;

import dev.picloud.cli.Cli;
import dev.picloud.cli.ExitCode;
import dev.picloud.cli.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code picloud}: the root command; its options apply to every subcommand. */
@Command(
    name = "picloud",
    mixinStandardHelpOptions = true,
    versionProvider = PicloudCommand.Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "The PiCloud command line: deploy scripts, bind routes, call them and read their logs.",
      "",
      "Start with: picloud login http://localhost:8080 --token TOKEN",
      "        then picloud deploy hello.rhai --route GET:/hello"
    },
    subcommands = {
      LoginCommand.class,
      LogoutCommand.class,
      DeployCommand.class,
      InvokeCommand.class,
      LogsCommand.class,
      AppsCommand.class,
      ScriptsCommand.class,
      RoutesCommand.class,
      picocli.CommandLine.HelpCommand.class,
      TrainingCommand.class
    },
    footerHeading = "%nEnvironment:%n",
    footer = {
      "  PICLOUD_URL, PICLOUD_TOKEN  override the saved server URL and admin token",
      "  PICLOUD_PROFILE             the profile when --profile is not given",
      "  XDG_CONFIG_HOME             logins: $XDG_CONFIG_HOME/picloud/config.json",
      "                              (default: ~/.config/picloud/config.json)",
      "",
      "Documentation: docs/cli.md"
    })
public final class PicloudCommand implements Callable<Integer> {
  private final Session session;

  @Spec private CommandSpec spec;

  PicloudCommand(Session session) {
    this.session = session;
  }

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print the API's JSON instead of text (for scripts).")
  void json(boolean on) {
    // picocli may also call this with the default (false) when it reaches a subcommand: only ever switch it on.
    if (on) {
      session.json(true);
    }
  }

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      scope = ScopeType.INHERIT,
      description = "Which saved login to use (default: $PICLOUD_PROFILE, else 'default').")
  void profile(String name) {
    if (name != null) {
      session.profile(name);
    }
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(session.err());
    return ExitCode.USAGE;
  }

  /** {@code picloud --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"picloud " + Cli.version()};
    }
  }
}
