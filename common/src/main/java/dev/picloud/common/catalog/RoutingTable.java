package dev.picloud.common.catalog;

import java.util.List;

/**
 * Everything ingress needs to route a request, as one consistent snapshot.
 *
 * @param revision increases with every change; caches compare it
 * @param apps apps and their domains
 * @param routes all routes of all apps
 * @param scripts current version of every script
 */
public record RoutingTable(long revision, List<AppEntry> apps, List<RouteEntry> routes, List<ScriptEntry> scripts) {
  public RoutingTable {
    apps = List.copyOf(apps);
    routes = List.copyOf(routes);
    scripts = List.copyOf(scripts);
  }
}
