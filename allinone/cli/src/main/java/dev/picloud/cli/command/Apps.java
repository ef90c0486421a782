package dev.picloud.cli.command;

import dev.picloud.cli.api.JsonMap;
import dev.picloud.cli.api.PiCloudClient;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads of apps that several commands share. */
final class Apps {
  /** The id of the app that always exists and serves every host no other app claims. */
  static final String DEFAULT_ID = "00000000-0000-7000-8000-000000000001";

  private Apps() {}

  /** App id → slug, for printing. */
  static Map<String, String> slugs(PiCloudClient api) {
    Map<String, String> slugs = new LinkedHashMap<>();
    for (JsonMap app : api.get("/apps").json().objects("apps")) {
      slugs.put(app.string("id"), app.string("slug"));
    }
    return slugs;
  }

  /** One app by id or slug. */
  static JsonMap get(PiCloudClient api, String app) {
    return api.get("/apps/" + PiCloudClient.segment(app)).json();
  }
}
