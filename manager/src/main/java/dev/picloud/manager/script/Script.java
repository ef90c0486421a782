package dev.picloud.manager.script;

import dev.picloud.common.id.AppId;
import dev.picloud.common.id.ScriptId;
import java.time.Instant;

/**
 * A script with its current version.
 *
 * @param id its id
 * @param appId the owning app
 * @param name unique within the app
 * @param current the current (newest) version
 * @param createdAt creation time
 * @param updatedAt time of the newest version
 */
public record Script(ScriptId id, AppId appId, String name, ScriptVersion current, Instant createdAt, Instant updatedAt) {}
