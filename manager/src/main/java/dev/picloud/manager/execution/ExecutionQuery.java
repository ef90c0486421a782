package dev.picloud.manager.execution;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Filters of an execution listing.
 *
 * @param app only this app
 * @param script only this script
 * @param status only this outcome
 * @param since only runs started at or after
 * @param before only runs older than this id (the cursor)
 * @param limit at most this many
 */
public record ExecutionQuery(
    Optional<UUID> app,
    Optional<UUID> script,
    Optional<String> status,
    Optional<Instant> since,
    Optional<UUID> before,
    int limit) {}
