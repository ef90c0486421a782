package dev.picloud.cli.command;

import dev.picloud.cli.Session;
import dev.picloud.cli.api.Json;
import dev.picloud.cli.api.JsonMap;
import dev.picloud.cli.api.PiCloudClient;
import dev.picloud.cli.text.Times;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Fetches executions in full (with their logs) and prints them: one summary line, then the log lines indented. */
final class ExecutionPrinter {
  private final Session session;

  ExecutionPrinter(Session session) {
    this.session = session;
  }

  /** {@code GET /executions/{id}} for each summary (the list answer has no logs), in the summaries' order. */
  static List<JsonMap> details(PiCloudClient api, List<JsonMap> summaries) {
    return Parallel.map(summaries, s -> api.get("/executions/" + s.string("id")).json());
  }

  /** Prints one execution (its full JSON with {@code --json}). */
  void print(JsonMap e) {
    PrintStream out = session.out();
    if (session.json()) {
      out.println(Json.write(e.map()));
      return;
    }
    out.println(
        String.join(
            "  ",
            Times.printed(e.string("started_at")),
            pad(e.string("status"), 15),
            pad(e.number("status_code") == 0 ? "-" : e.string("status_code"), 3),
            String.format(Locale.ROOT, "%8.1f ms", e.decimal("duration_ms")),
            e.string("method") + " " + e.string("path"),
            "v" + e.number("script_version"),
            e.string("id")));
    for (JsonMap line : e.objects("logs")) {
      String data = line.has("data") ? " " + Json.write(line.map().get("data")) : "";
      out.println(
          "    " + Times.clock(line.string("ts")) + "  " + pad(line.string("level"), 5) + "  " + line.string("message") + data);
    }
    if (e.bool("logs_truncated")) {
      out.println("    … (later log lines were dropped: the run logged more than is kept)");
    }
    JsonMap error = e.object("error");
    if (error.has("message")) {
      String where = error.number("line") > 0 ? " (line " + error.number("line") + ", column " + error.number("column") + ")" : "";
      out.println("    error: " + error.string("kind") + ": " + error.string("message") + where);
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
