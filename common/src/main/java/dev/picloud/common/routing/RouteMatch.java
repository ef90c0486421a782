package dev.picloud.common.routing;

import dev.picloud.common.catalog.AppEntry;
import dev.picloud.common.catalog.RouteEntry;
import dev.picloud.common.catalog.ScriptEntry;
import java.util.Map;
import java.util.Set;

/** The outcome of matching a request against a {@link RouteTable}. */
public sealed interface RouteMatch {
  /** The app the host resolved to. */
  AppEntry app();

  /**
   * A route answers.
   *
   * @param app the app
   * @param route the route
   * @param script the script and its current version
   * @param params {@code :name} captures, percent-decoded
   * @param rest what a trailing {@code *} captured (empty otherwise), without a leading slash
   */
  record Found(AppEntry app, RouteEntry route, ScriptEntry script, Map<String, String> params, String rest)
      implements RouteMatch {
    public Found {
      params = Map.copyOf(params);
    }
  }

  /** Routes match the path but none takes the method; {@code allowed} lists the methods that would. */
  record MethodNotAllowed(AppEntry app, Set<String> allowed) implements RouteMatch {
    public MethodNotAllowed {
      allowed = Set.copyOf(allowed);
    }
  }

  /** No route of the app matches the path. */
  record NotFound(AppEntry app) implements RouteMatch {}
}
