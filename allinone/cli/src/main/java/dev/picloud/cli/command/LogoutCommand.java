package dev.picloud.cli.command;

import dev.picloud.cli.ExitCode;
import dev.picloud.cli.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code picloud logout}: forgets the profile's saved URL and token. */
@Command(name = "logout", description = "Forget the saved URL and token of the profile.")
final class LogoutCommand implements Callable<Integer> {
  private final Session session;

  LogoutCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    boolean removed = session.config().remove(session.profile());
    if (!session.json()) {
      session.out().println(removed ? "logged out (profile " + session.profile() + ")" : "not logged in (profile " + session.profile() + ")");
    } else {
      session.out().println("{\"removed\":" + removed + "}");
    }
    return ExitCode.OK;
  }
}
