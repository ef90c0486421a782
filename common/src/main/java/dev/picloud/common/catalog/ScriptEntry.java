package dev.picloud.common.catalog;

import dev.picloud.common.id.AppId;
import dev.picloud.common.id.ScriptId;

/**
 * A script's current version, so routing can name the exact version to run.
 *
 * @param scriptId the script
 * @param version its current version
 * @param name its name
 * @param appId the owning app
 * @param timeoutMs the current version's wall-clock limit (0 = the platform default)
 */
public record ScriptEntry(ScriptId scriptId, long version, String name, AppId appId, long timeoutMs) {}
