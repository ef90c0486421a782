package dev.picloud.cli.command;

import dev.picloud.cli.CliException;
import dev.picloud.cli.ExitCode;
import dev.picloud.cli.api.ApiException;
import dev.picloud.cli.api.JsonMap;
import dev.picloud.cli.api.PiCloudClient;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the script a command names: an id is used as it is; a name is looked up ({@code GET /scripts?name=}), in
 * {@code --app} when given, else in every app (it must then be unique).
 */
final class ScriptRef {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ScriptRef() {}

  /** Whether the text is a script id rather than a name. */
  static boolean isId(String ref) {
    return UUID.matcher(ref).matches();
  }

  /**
   * The script's summary (an id is checked with {@code GET /scripts/{id}}, whose answer also has the source).
   *
   * @throws CliException exit 1 when there is no such script, exit 2 when the name is ambiguous
   */
  static JsonMap resolve(PiCloudClient api, String ref, String app) {
    if (isId(ref)) {
      try {
        return api.get("/scripts/" + ref).json();
      } catch (ApiException e) {
        if (e.status() == 404) {
          throw CliException.failed("no script with id " + ref);
        }
        throw e;
      }
    }
    List<JsonMap> found = find(api, ref, app);
    if (found.isEmpty()) {
      throw CliException.failed("no script named '" + ref + "'" + (app == null ? "" : " in app '" + app + "'"));
    }
    if (found.size() > 1) {
      StringBuilder apps = new StringBuilder();
      var slugs = Apps.slugs(api);
      for (JsonMap s : found) {
        apps.append(apps.isEmpty() ? "" : ", ").append(slugs.getOrDefault(s.string("app_id"), s.string("app_id")));
      }
      throw new CliException(
          ExitCode.USAGE, "several apps have a script named '" + ref + "' (" + apps + "): say which with --app");
    }
    return found.get(0);
  }

  /** The scripts with that name, in one app or in all. */
  static List<JsonMap> find(PiCloudClient api, String name, String app) {
    return api.get("/scripts" + PiCloudClient.query("app", app, "name", name)).json().objects("scripts");
  }
}
