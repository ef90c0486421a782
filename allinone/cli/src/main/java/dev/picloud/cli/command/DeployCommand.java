package dev.picloud.cli.command;

import dev.picloud.cli.CliException;
import dev.picloud.cli.ExitCode;
import dev.picloud.cli.Session;
import dev.picloud.cli.api.ApiException;
import dev.picloud.cli.api.Json;
import dev.picloud.cli.api.JsonMap;
import dev.picloud.cli.api.PiCloudClient;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code picloud deploy FILE}: one command from a file to a live endpoint. Creates the script (named after the file)
 * or saves a new version when the source changed, binds each {@code --route} that is not bound yet, and prints the
 * version and the URLs.
 */
@Command(
    name = "deploy",
    description = {
      "Create or update a script from FILE, bind routes, and print its URLs.",
      "The script is created when the app has none of that name, else saved as a new version (nothing is saved when"
          + " the source is unchanged). A compile error prints FILE:LINE:COLUMN: message and exits 4."
    })
final class DeployCommand implements Callable<Integer> {
  private static final Map<String, String> LANGUAGES = Map.of("rhai", "rhai");

  private final Session session;

  @Parameters(paramLabel = "FILE", description = "The script's source (the language comes from the extension: .rhai).")
  private Path file;

  @Option(names = "--app", paramLabel = "APP", defaultValue = "default", description = "The app (slug or id; default: ${DEFAULT-VALUE}).")
  private String app;

  @Option(names = "--name", paramLabel = "NAME", description = "The script's name (default: the file's name without its extension).")
  private String name;

  @Option(names = "--language", paramLabel = "LANG", description = "The language, when the extension does not say.")
  private String language;

  @Option(
      names = "--route",
      paramLabel = "METHOD:/path",
      description = "Bind a route (repeatable), e.g. GET:/hello, /any/method/*, POST:/items/:id. A route already bound is kept.")
  private List<String> routes = new ArrayList<>();

  DeployCommand(Session session) {
    this.session = session;
  }

  private enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  @Override
  public Integer call() {
    String source = read(file);
    String lang = language != null ? language : languageOf(file);
    String scriptName = name != null ? name : baseName(file);
    List<RouteSpec> specs = routes.stream().map(RouteSpec::parse).toList();
    PiCloudClient api = session.client();

    Saved saved = save(api, scriptName, lang, source);
    if (!session.json()) {
      session.out().println(summary(saved.outcome(), saved.script()));
    }
    List<JsonMap> bound = bind(api, saved, specs);
    String appId = saved.script().string("app_id");
    JsonMap appJson = appId.equals(Apps.DEFAULT_ID) ? JsonMap.of(null) : Apps.get(api, appId);
    List<Urls.Endpoint> endpoints = new ArrayList<>();
    for (JsonMap route : bound) {
      endpoints.addAll(Urls.of(api.base(), appJson, route));
    }
    print(saved, bound, appJson, endpoints);
    return ExitCode.OK;
  }

  /** The script after this deploy and what happened to it. */
  private record Saved(Outcome outcome, JsonMap script) {}

  /** Creates the script, or saves a new version when the source (or language) changed. */
  private Saved save(PiCloudClient api, String scriptName, String lang, String source) {
    List<JsonMap> found = ScriptRef.find(api, scriptName, app);
    try {
      if (found.isEmpty()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("app", app);
        body.put("name", scriptName);
        body.put("language", lang);
        body.put("source", source);
        return new Saved(Outcome.CREATED, api.admin("POST", "/scripts", body).json());
      }
      JsonMap current = api.get("/scripts/" + found.get(0).string("id")).json();
      if (current.string("source").equals(source) && current.string("language").equals(lang)) {
        return new Saved(Outcome.UNCHANGED, current);
      }
      Map<String, Object> changes = Map.of("source", source, "language", lang);
      return new Saved(Outcome.UPDATED, api.admin("PUT", "/scripts/" + current.string("id"), changes).json());
    } catch (ApiException e) {
      if (e.status() == 422 && e.error().equals("compile_error")) {
        throw compileError(e);
      }
      throw e;
    }
  }

  /** Binds the routes not bound yet; returns all the script's routes. */
  private List<JsonMap> bind(PiCloudClient api, Saved saved, List<RouteSpec> specs) {
    String id = saved.script().string("id");
    List<JsonMap> bound = new ArrayList<>();
    if (saved.outcome() != Outcome.CREATED) {
      bound.addAll(api.get("/scripts/" + id + "/routes").json().objects("routes"));
    }
    for (RouteSpec spec : specs) {
      String result;
      if (bound.stream().anyMatch(spec::sameAs)) {
        result = "already bound";
      } else {
        try {
          bound.add(api.admin("POST", "/scripts/" + id + "/routes", spec.body(null)).json());
        } catch (ApiException e) {
          if (session.json()) {
            throw e;
          }
          throw CliException.failed("cannot bind route " + spec + ": " + e.getMessage());
        }
        result = "bound";
      }
      if (!session.json()) {
        session.out().println("route " + spec + ": " + result);
      }
    }
    return bound;
  }

  private void print(Saved saved, List<JsonMap> bound, JsonMap appJson, List<Urls.Endpoint> endpoints) {
    PrintStream out = session.out();
    if (session.json()) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("outcome", saved.outcome().name().toLowerCase(Locale.ROOT));
      result.put("script", saved.script().map());
      result.put("routes", bound.stream().map(JsonMap::map).toList());
      result.put("urls", endpoints.stream().map(Urls.Endpoint::url).toList());
      out.println(Json.write(result));
    } else if (bound.isEmpty()) {
      out.println(
          "no routes: bind one with --route GET:/path, or call it with 'picloud invoke " + saved.script().string("name")
              + "'");
    } else if (!Urls.reachable(appJson, bound)) {
      out.println(
          "app '" + appJson.string("slug") + "' has no domains, so its routes answer no requests yet: add one with"
              + " 'picloud apps domains " + appJson.string("slug") + " --add HOST'");
    } else {
      out.println("live:");
      Urls.print(out, endpoints);
    }
  }

  private static String summary(Outcome outcome, JsonMap script) {
    String name = script.string("name");
    long version = script.number("version");
    return switch (outcome) {
      case CREATED -> name + ": created, version " + version;
      case UPDATED -> name + ": updated, version " + version;
      case UNCHANGED -> name + ": unchanged (same source as version " + version + "; nothing saved)";
    };
  }

  /** {@code FILE:LINE:COLUMN: message}, the form editors and terminals link to the source. */
  private CliException compileError(ApiException e) {
    if (session.json()) {
      session.printJson(e.body());
    }
    JsonMap body = e.json();
    String message = body.string("message");
    String prefix = "the script does not compile: ";
    if (message.startsWith(prefix)) {
      message = message.substring(prefix.length());
    }
    message = message.replaceFirst(" \\(line \\d+, column \\d+\\)$", "");
    String kind = body.string("kind");
    String where = file.toString() + (body.number("line") > 0 ? ":" + body.number("line") + ":" + body.number("column") : "");
    session.err().println(where + ": error: " + message + (kind.isEmpty() ? "" : " [" + kind + "]"));
    return new CliException(ExitCode.COMPILE_ERROR, null);
  }

  private static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw CliException.usage("no such file: " + file);
    } catch (CharacterCodingException e) {
      throw CliException.usage(file + " is not UTF-8 text");
    } catch (IOException e) {
      throw CliException.usage("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String languageOf(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String ext = dot > 0 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    String lang = LANGUAGES.get(ext);
    if (lang == null) {
      throw CliException.usage(
          "cannot tell the language of " + file + " from its extension (known: ." + String.join(", .", LANGUAGES.keySet())
              + "); say it with --language");
    }
    return lang;
  }
}
