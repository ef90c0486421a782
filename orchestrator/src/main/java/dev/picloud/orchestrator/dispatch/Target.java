package dev.picloud.orchestrator.dispatch;

import dev.picloud.common.catalog.ScriptEntry;
import dev.picloud.common.id.RouteId;
import java.util.Map;

/**
 * What a request runs: a script version, and the route captures if it came through a route.
 *
 * @param script the script and the version to run
 * @param routeId the route, or null for a direct invoke
 * @param params {@code :name} captures
 * @param rest the wildcard capture
 */
public record Target(ScriptEntry script, RouteId routeId, Map<String, String> params, String rest) {
  public Target {
    params = Map.copyOf(params);
  }

  /** A direct invoke of a script (no route). */
  public static Target direct(ScriptEntry script) {
    return new Target(script, null, Map.of(), "");
  }
}
