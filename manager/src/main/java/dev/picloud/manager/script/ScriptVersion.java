package dev.picloud.manager.script;

import java.time.Instant;

/**
 * One immutable version of a script.
 *
 * @param version its number (1, 2, ...)
 * @param language {@code rhai}
 * @param source the source text (empty in listings)
 * @param description free text
 * @param timeoutMs wall-clock limit of a run
 * @param memoryLimitMb memory budget of a run
 * @param maxOperations operation budget of a run (0 = unlimited)
 * @param rolledBackFrom the version this one copies, when made by a rollback
 * @param createdAt when it was saved
 */
public record ScriptVersion(
    long version,
    String language,
    String source,
    String description,
    long timeoutMs,
    int memoryLimitMb,
    long maxOperations,
    Long rolledBackFrom,
    Instant createdAt) {}
