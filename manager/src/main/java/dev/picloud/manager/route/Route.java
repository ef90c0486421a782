package dev.picloud.manager.route;

import dev.picloud.common.id.AppId;
import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;
import java.time.Instant;

/**
 * A route.
 *
 * @param id its id
 * @param appId the app (the script's)
 * @param scriptId the script it runs
 * @param method HTTP method, empty for any
 * @param path path pattern
 * @param host host pattern, empty for any host of the app
 * @param dispatchMode {@code sync}
 * @param createdAt creation time
 */
public record Route(
    RouteId id,
    AppId appId,
    ScriptId scriptId,
    String method,
    String path,
    String host,
    String dispatchMode,
    Instant createdAt) {}
