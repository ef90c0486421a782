package dev.picloud.cli.command;

import dev.picloud.cli.CliException;
import dev.picloud.cli.ExitCode;
import dev.picloud.cli.Session;
import dev.picloud.cli.api.JsonMap;
import dev.picloud.cli.api.PiCloudClient;
import dev.picloud.cli.api.Reply;
import dev.picloud.cli.text.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code picloud apps list|create|delete|domains}. */
@Command(
    name = "apps",
    description = "Apps: each owns scripts, routes and domains; 'default' serves every host no other app claims.",
    subcommands = {AppsCommand.ListApps.class, AppsCommand.Create.class, AppsCommand.Delete.class, AppsCommand.Domains.class})
final class AppsCommand extends GroupCommand {

  @Command(name = "list", description = "List the apps.")
  static final class ListApps implements Callable<Integer> {
    private final Session session;

    ListApps(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      Reply reply = session.client().get("/apps");
      if (session.json()) {
        session.printJson(reply.body());
        return ExitCode.OK;
      }
      Table table = new Table("SLUG", "NAME", "DOMAINS", "ID");
      for (JsonMap app : reply.json().objects("apps")) {
        table.row(app.string("slug"), app.string("name"), String.join(",", app.strings("domains")), app.string("id"));
      }
      table.print(session.out());
      return ExitCode.OK;
    }
  }

  @Command(name = "create", description = "Create an app.")
  static final class Create implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "SLUG", description = "1-63 of a-z, 0-9 and -.")
    private String slug;

    @Option(names = "--name", paramLabel = "NAME", description = "A display name.")
    private String name;

    @Option(names = "--description", paramLabel = "TEXT")
    private String description;

    @Option(names = "--domain", paramLabel = "HOST", description = "A domain it serves (repeatable): api.example.com, {tenant}.example.com.")
    private List<String> domains = new ArrayList<>();

    Create(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("slug", slug);
      if (name != null) {
        body.put("name", name);
      }
      if (description != null) {
        body.put("description", description);
      }
      if (!domains.isEmpty()) {
        body.put("domains", domains);
      }
      Reply reply = session.client().admin("POST", "/apps", body);
      if (session.json()) {
        session.printJson(reply.body());
      } else {
        JsonMap app = reply.json();
        session.out().println("created app " + app.string("slug") + " (" + app.string("id") + ")");
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "delete", description = "Delete an app with its scripts, routes and executions.")
  static final class Delete implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "APP", description = "Its slug or id.")
    private String app;

    Delete(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      session.client().admin("DELETE", "/apps/" + PiCloudClient.segment(app), null);
      if (session.json()) {
        session.printJson("{}");
      } else {
        session.out().println("deleted app " + app);
      }
      return ExitCode.OK;
    }
  }

  @Command(
      name = "domains",
      description = {
        "Show an app's domains, or change them with --add, --remove or --clear.",
        "A request's Host goes to the app whose domain matches it with the most literal labels."
      })
  static final class Domains implements Callable<Integer> {
    private final Session session;

    @Parameters(paramLabel = "APP", description = "Its slug or id.")
    private String app;

    @Option(names = "--add", paramLabel = "HOST", description = "Add a domain (repeatable).")
    private List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "HOST", description = "Remove a domain (repeatable).")
    private List<String> remove = new ArrayList<>();

    @Option(names = "--clear", description = "Remove every domain (before any --add).")
    private boolean clear;

    Domains(Session session) {
      this.session = session;
    }

    @Override
    public Integer call() {
      PiCloudClient api = session.client();
      String path = "/apps/" + PiCloudClient.segment(app);
      Reply reply = api.get(path);
      if (!add.isEmpty() || !remove.isEmpty() || clear) {
        List<String> domains = clear ? new ArrayList<>() : new ArrayList<>(reply.json().strings("domains"));
        for (String r : remove) {
          if (!domains.remove(r)) {
            throw CliException.failed("app " + app + " has no domain " + r);
          }
        }
        for (String a : add) {
          if (!domains.contains(a)) {
            domains.add(a);
          }
        }
        reply = api.admin("PATCH", path, Map.of("domains", domains));
      }
      if (session.json()) {
        session.printJson(reply.body());
      } else {
        List<String> domains = reply.json().strings("domains");
        if (domains.isEmpty()) {
          session.err().println("app " + reply.json().string("slug") + " has no domains");
        }
        domains.forEach(session.out()::println);
      }
      return ExitCode.OK;
    }
  }
}
