package dev.picloud.common.catalog;

import dev.picloud.common.id.AppId;
import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;

/**
 * A route as routing sees it.
 *
 * @param routeId the route
 * @param appId the owning app
 * @param scriptId the script it runs
 * @param method HTTP method, or empty for any
 * @param path path pattern: literal segments, {@code :name} parameters, a trailing {@code *} wildcard
 * @param host optional host pattern (empty = any host of the app)
 * @param dispatchMode {@code sync} (the caller waits) or {@code async}
 */
public record RouteEntry(
    RouteId routeId, AppId appId, ScriptId scriptId, String method, String path, String host, String dispatchMode) {}
