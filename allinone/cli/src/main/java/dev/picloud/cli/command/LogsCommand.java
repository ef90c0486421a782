package dev.picloud.cli.command;

import dev.picloud.cli.CliException;
import dev.picloud.cli.ExitCode;
import dev.picloud.cli.Session;
import dev.picloud.cli.api.InterruptedRequestException;
import dev.picloud.cli.api.Json;
import dev.picloud.cli.api.JsonMap;
import dev.picloud.cli.api.PiCloudClient;
import dev.picloud.cli.text.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code picloud logs NAME|ID}: a script's executions, newest first, each with its log lines; {@code --follow} keeps
 * polling and prints new runs in the order they started.
 *
 * <p>Runs are recorded when they finish, so a slow run can appear after faster runs that started later. Following
 * therefore re-reads a window reaching back the script's timeout (plus slack) before the newest run seen, and prints
 * each run it has not printed yet; the ids it printed within the window are remembered, older ones forgotten.
 */
@Command(
    name = "logs",
    description = {
      "Show a script's executions (time, status, HTTP status, duration, request) with their log lines, newest first.",
      "With --follow, keep polling and print new runs as they are recorded, until Ctrl-C."
    })
final class LogsCommand implements Callable<Integer> {
  private static final Duration SLACK = Duration.ofSeconds(10);
  private static final int PAGE = 500;

  private final Session session;

  @Parameters(paramLabel = "NAME|ID", description = "The script: its name (see --app) or its id.")
  private String script;

  @Option(names = "--app", paramLabel = "APP", description = "The app of a script given by name.")
  private String app;

  @Option(names = {"-f", "--follow"}, description = "Keep polling for new runs and print them in order.")
  private boolean follow;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only runs with this outcome: ok, script_error, timeout, budget_exceeded, platform_error,"
          + " not_found, bad_request, rejected.")
  private String status;

  @Option(names = "--since", paramLabel = "WHEN", description = "Only runs started since: 30s, 10m, 2h, 7d ago, or an RFC 3339 time.")
  private String since;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20", description = "How many runs at most (1-500; default ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "1s", description = "--follow: time between polls (at least 1s; default ${DEFAULT-VALUE}).")
  private String interval;

  LogsCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Optional<Instant> from = Optional.empty();
    if (since != null) {
      from = Times.since(since, session.clock());
      if (from.isEmpty()) {
        throw CliException.usage("--since '" + since + "' is not a duration (30s, 10m, 2h, 7d) or an RFC 3339 time");
      }
    }
    if (limit < 1 || limit > PAGE) {
      throw CliException.usage("--limit must be from 1 to " + PAGE);
    }
    Duration pause =
        Times.duration(interval).orElseThrow(() -> CliException.usage("--interval '" + interval + "' is not a duration (1s, 5s, 1m)"));
    if (pause.compareTo(Duration.ofSeconds(1)) < 0) {
      throw CliException.usage("--interval must be at least 1s");
    }
    PiCloudClient api = session.client();
    JsonMap target = ScriptRef.resolve(api, script, app);
    ExecutionPrinter printer = new ExecutionPrinter(session);
    JsonMap first = api.get("/executions" + query(target, from.orElse(null), limit, null)).json();
    List<JsonMap> page = first.objects("executions");
    List<JsonMap> details = ExecutionPrinter.details(api, page);
    if (!follow) {
      if (details.isEmpty() && !session.json()) {
        session.err().println("no executions of " + target.string("name") + (status == null ? "" : " with status " + status));
      }
      details.forEach(printer::print);
      return ExitCode.OK;
    }
    return follow(api, target, from, first.has("next_cursor") ? page : List.of(), details, printer, pause);
  }

  private int follow(
      PiCloudClient api,
      JsonMap target,
      Optional<Instant> from,
      List<JsonMap> fullPage,
      List<JsonMap> initial,
      ExecutionPrinter printer,
      Duration pause) {
    Map<String, Instant> seen = new HashMap<>();
    // When the first page was full, older runs exist that were deliberately not shown: never show them later.
    Instant floor = fullPage.isEmpty() ? from.orElse(Instant.MIN) : started(fullPage.get(fullPage.size() - 1));
    Instant newest = null;
    for (JsonMap e : initial.reversed()) {
      printer.print(e);
      seen.put(e.string("id"), started(e));
      newest = max(newest, started(e));
    }
    session.err().println("following " + target.string("name") + " (Ctrl-C to stop)");
    Duration window = Duration.ofMillis(Math.max(target.number("timeout_ms"), 0)).plus(SLACK);
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(pause);
        Instant low = newest == null ? floor : max(floor, newest.minus(window));
        List<JsonMap> fresh = new ArrayList<>();
        String cursor = null;
        do {
          JsonMap reply = api.get("/executions" + query(target, low == Instant.MIN ? null : low, PAGE, cursor)).json();
          for (JsonMap e : reply.objects("executions")) {
            if (!seen.containsKey(e.string("id")) && !started(e).isBefore(floor)) {
              fresh.add(e);
            }
          }
          cursor = reply.has("next_cursor") ? reply.string("next_cursor") : null;
        } while (cursor != null);
        fresh.sort(Comparator.comparing(LogsCommand::started).thenComparing(e -> e.string("id")));
        for (JsonMap e : ExecutionPrinter.details(api, fresh)) {
          printer.print(e);
          seen.put(e.string("id"), started(e));
          newest = max(newest, started(e));
        }
        Instant forget = newest == null ? Instant.MIN : newest.minus(window);
        seen.values().removeIf(t -> t.isBefore(forget));
      }
    } catch (InterruptedException | InterruptedRequestException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCode.OK;
  }

  private String query(JsonMap target, Instant from, int n, String cursor) {
    return PiCloudClient.query(
        "script", target.string("id"), "status", status, "since", from == null ? null : from.toString(), "limit", n,
        "cursor", cursor);
  }

  private static Instant started(JsonMap e) {
    return Times.parse(e.string("started_at")).orElse(Instant.EPOCH);
  }

  private static Instant max(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
