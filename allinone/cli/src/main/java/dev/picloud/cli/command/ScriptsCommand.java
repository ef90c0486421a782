package dev.picloud.cli.command;

import dev.picloud.cli.ExitCode;
import dev.picloud.cli.Session;
import dev.picloud.cli.api.JsonMap;
import dev.picloud.cli.api.PiCloudClient;
import dev.picloud.cli.api.Reply;
import dev.picloud.cli.text.Table;
import dev.picloud.cli.text.Times;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code picloud scripts list|get|versions|rollback|delete}. */
@Command(
    name = "scripts",
    description = "Scripts and their versions (every save is a new version; the newest is live).",
    subcommands = {
      ScriptsCommand.ListScripts.class,
      ScriptsCommand.Get.class,
      ScriptsCommand.Versions.class,
      ScriptsCommand.Rollback.class,
      ScriptsCommand.Delete.class
    })
final class ScriptsCommand extends GroupCommand {

  /** A script named on the command line: NAME|ID and --app. */
  abstract static class OneScript implements Callable<Integer> {
    final Session session;

    @Parameters(index = "0", paramLabel = "NAME|ID", description = "The script: its name (see --app) or its id.")
    String script;

    @Option(names = "--app", paramLabel = "APP", description = "The app of a script given by name.")
    String app;

    OneScript(Session session) {
      this.session = session;
    }

    /** The script's id (a name is looked up). */
    String id(PiCloudClient api) {
      return ScriptRef.isId(script) && app == null ? script : ScriptRef.resolve(api, script, app).string("id");
    }
  }

  @Command(name = "list", description = "List the scripts (of one app with --app).")
  static final class ListScripts implements Callable<Integer> {
    private final Session session;

    @Option(names = "--app", paramLabel = "APP", description = "Only this app's scripts.")
    private String app;

    ListScripts(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      PiCloudClient api = session.client();
      Reply reply = api.get("/scripts" + PiCloudClient.query("app", app));
      if (session.json()) {
        session.printJson(reply.body());
        return ExitCode.OK;
      }
      Map<String, String> slugs = Apps.slugs(api);
      Table table = new Table("NAME", "APP", "VERSION", "LANGUAGE", "UPDATED", "ID");
      for (JsonMap s : reply.json().objects("scripts")) {
        table.row(
            s.string("name"),
            slugs.getOrDefault(s.string("app_id"), s.string("app_id")),
            s.number("version"),
            s.string("language"),
            Times.printed(s.string("version_created_at")),
            s.string("id"));
      }
      table.print(session.out());
      return ExitCode.OK;
    }
  }

  @Command(name = "get", description = "Show a script (with --source: only its source, e.g. to save it to a file).")
  static final class Get extends OneScript {
    @Option(names = "--version", paramLabel = "N", description = "An earlier version instead of the current one.")
    private Long version;

    @Option(names = "--source", description = "Print only the source.")
    private boolean sourceOnly;

    Get(Session session) {
      super(session);
    }

    @Override
    public Integer call() {
      PiCloudClient api = session.client();
      String id = id(api);
      Reply reply = api.get("/scripts/" + id + (version == null ? "" : "/versions/" + version));
      JsonMap s = reply.json();
      PrintStream out = session.out();
      if (session.json()) {
        session.printJson(reply.body());
        return ExitCode.OK;
      }
      String source = s.string("source");
      if (!sourceOnly) {
        JsonMap script = version == null ? s : api.get("/scripts/" + id).json();
        out.println("name:         " + script.string("name"));
        out.println("id:           " + id);
        out.println("app:          " + Apps.slugs(api).getOrDefault(script.string("app_id"), script.string("app_id")));
        out.println("version:      " + s.number("version") + (version == null ? "" : " (current: " + script.number("version") + ")")
            + (s.has("rolled_back_from") ? " (rolled back from " + s.number("rolled_back_from") + ")" : ""));
        out.println("language:     " + s.string("language"));
        out.println("description:  " + s.string("description"));
        out.println("limits:       timeout " + s.number("timeout_ms") + " ms, memory " + s.number("memory_limit_mb")
            + " MiB, " + s.number("max_operations") + " operations");
        out.println("saved:        " + Times.printed(s.string("version_created_at")));
        out.println();
      }
      out.print(source);
      if (!source.isEmpty() && !source.endsWith("\n")) {
        out.println();
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  @Command(name = "versions", description = "List a script's versions, newest first.")
  static final class Versions extends OneScript {
    Versions(Session session) {
      super(session);
    }

    @Override
    public Integer call() {
      PiCloudClient api = session.client();
      Reply reply = api.get("/scripts/" + id(api) + "/versions");
      if (session.json()) {
        session.printJson(reply.body());
        return ExitCode.OK;
      }
      Table table = new Table("VERSION", "SAVED", "LANGUAGE", "NOTE");
      boolean current = true;
      for (JsonMap v : reply.json().objects("versions")) {
        String note = (current ? "current" : "")
            + (v.has("rolled_back_from") ? (current ? ", " : "") + "rollback to " + v.number("rolled_back_from") : "");
        table.row(v.number("version"), Times.printed(v.string("version_created_at")), v.string("language"), note);
        current = false;
      }
      table.print(session.out());
      return ExitCode.OK;
    }
  }

  @Command(name = "rollback", description = "Make an earlier version current again (saved as a new version).")
  static final class Rollback extends OneScript {
    @Parameters(index = "1", paramLabel = "VERSION", description = "The version to restore.")
    private long version;

    Rollback(Session session) {
      super(session);
    }

    @Override
    public Integer call() {
      PiCloudClient api = session.client();
      Reply reply = api.admin("POST", "/scripts/" + id(api) + "/rollback", Map.of("version", version));
      if (session.json()) {
        session.printJson(reply.body());
      } else {
        JsonMap s = reply.json();
        session.out().println(s.string("name") + ": rolled back to version " + version + ", now live as version " + s.number("version"));
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "delete", description = "Delete a script with its versions and routes.")
  static final class Delete extends OneScript {
    Delete(Session session) {
      super(session);
    }

    @Override
    public Integer call() {
      PiCloudClient api = session.client();
      api.admin("DELETE", "/scripts/" + id(api), null);
      if (session.json()) {
        session.printJson("{}");
      } else {
        session.out().println("deleted script " + script);
      }
      return ExitCode.OK;
    }
  }
}
