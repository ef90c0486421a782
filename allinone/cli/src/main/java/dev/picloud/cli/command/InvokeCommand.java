package dev.picloud.cli.command;

import dev.picloud.cli.CliException;
import dev.picloud.cli.ExitCode;
import dev.picloud.cli.Session;
import dev.picloud.cli.api.Json;
import dev.picloud.cli.api.JsonMap;
import dev.picloud.cli.api.PiCloudClient;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code picloud invoke NAME|ID}: runs a script's current version through {@code /api/v1/execute/{id}} (no route
 * needed) with a request built like curl's, prints the response body, and exits 1 when the status is 400 or more.
 */
@Command(
    name = "invoke",
    description = {
      "Run a script directly (POST/GET /api/v1/execute/ID) and print the response body.",
      "Exits 0 for a status below 400 and 1 otherwise (the status and the error go to stderr)."
    })
final class InvokeCommand implements Callable<Integer> {
  private final Session session;

  @Parameters(paramLabel = "NAME|ID", description = "The script: its name (see --app) or its id.")
  private String script;

  @Option(names = "--app", paramLabel = "APP", description = "The app of a script given by name (needed when several apps have one of that name).")
  private String app;

  @Option(names = {"-X", "--request"}, paramLabel = "METHOD", description = "The HTTP method (default: POST with --data, else GET).")
  private String method;

  @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'", description = "A request header (repeatable).")
  private List<String> headers = new ArrayList<>();

  @Option(
      names = {"-d", "--data"},
      paramLabel = "@FILE|TEXT|-",
      description = "The request body: @FILE reads a file, - reads stdin, anything else is sent as it is."
          + " Without a Content-Type header it is sent as application/json when it parses as JSON, else text/plain.")
  private String data;

  @Option(names = {"-q", "--query"}, paramLabel = "NAME=VALUE", description = "A query parameter (repeatable).")
  private List<String> query = new ArrayList<>();

  @Option(names = {"-i", "--include"}, description = "Print the status line and the response headers before the body.")
  private boolean include;

  InvokeCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    byte[] body = body();
    Map<String, String> requestHeaders = headers();
    String queryString = queryString();
    PiCloudClient api = session.client();
    String id = ScriptRef.isId(script) && app == null ? script : ScriptRef.resolve(api, script, app).string("id");
    HttpResponse<byte[]> response = api.raw(request(api.uri("/api/v1/execute/" + id + queryString), requestHeaders, body));
    if (session.json()) {
      printJson(response);
    } else {
      print(response);
    }
    if (response.statusCode() >= 400) {
      session.err().println("picloud: HTTP " + response.statusCode() + describe(response));
      return ExitCode.FAILED;
    }
    return ExitCode.OK;
  }

  private HttpRequest.Builder request(URI uri, Map<String, String> requestHeaders, byte[] body) {
    String m = method != null ? method.toUpperCase(Locale.ROOT) : body == null ? "GET" : "POST";
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(uri);
      requestHeaders.forEach(request::header);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
    if (body != null && requestHeaders.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("content-type"))) {
      String text = new String(body, StandardCharsets.UTF_8);
      request.header("Content-Type", Json.tryParse(text).isPresent() ? "application/json" : "text/plain; charset=utf-8");
    }
    return request.method(m, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private void printJson(HttpResponse<byte[]> response) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("status", (long) response.statusCode());
    Map<String, Object> responseHeaders = new TreeMap<>();
    response.headers().map().forEach((k, v) -> responseHeaders.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
    result.put("headers", responseHeaders);
    result.put("body", new String(response.body(), StandardCharsets.UTF_8));
    result.put("execution_id", response.headers().firstValue("x-execution-id").orElse(null));
    session.out().println(Json.write(result));
  }

  private void print(HttpResponse<byte[]> response) {
    PrintStream out = session.out();
    if (include) {
      out.println("HTTP " + response.statusCode());
      new TreeMap<>(response.headers().map())
          .forEach((k, values) -> values.forEach(v -> out.println(k.toLowerCase(Locale.ROOT) + ": " + v)));
      out.println();
    }
    byte[] bytes = response.body();
    out.write(bytes, 0, bytes.length);
    if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
      out.println();
    }
    out.flush();
  }

  /** The platform's error JSON in one line: {@code script_error: message (line 2, column 1)}. */
  private static String describe(HttpResponse<byte[]> response) {
    JsonMap error = JsonMap.of(Json.tryParse(new String(response.body(), StandardCharsets.UTF_8)).orElse(null));
    if (!error.has("error")) {
      return "";
    }
    String where = error.number("line") > 0 ? " (line " + error.number("line") + ", column " + error.number("column") + ")" : "";
    return " " + error.string("error") + ": " + error.string("message") + where;
  }

  private byte[] body() {
    if (data == null) {
      return null;
    }
    if (data.equals("-")) {
      try {
        return session.in().readAllBytes();
      } catch (IOException e) {
        throw CliException.usage("cannot read the body from stdin: " + e.getMessage());
      }
    }
    if (data.startsWith("@")) {
      Path file = Path.of(data.substring(1));
      try {
        return Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        throw CliException.usage("no such file: " + file);
      } catch (IOException e) {
        throw CliException.usage("cannot read " + file + ": " + e.getMessage());
      }
    }
    return data.getBytes(StandardCharsets.UTF_8);
  }

  private Map<String, String> headers() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String h : headers) {
      int colon = h.indexOf(':');
      if (colon <= 0) {
        throw CliException.usage("header '" + h + "' is not 'Name: value'");
      }
      out.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
    }
    return out;
  }

  private String queryString() {
    List<Object> pairs = new ArrayList<>();
    for (String q : query) {
      int eq = q.indexOf('=');
      if (eq <= 0) {
        throw CliException.usage("query parameter '" + q + "' is not NAME=VALUE");
      }
      pairs.add(q.substring(0, eq));
      pairs.add(q.substring(eq + 1));
    }
    return PiCloudClient.query(pairs.toArray());
  }
}
