package dev.picloud.manager.script;

import java.util.Optional;

/**
 * What a create or update request asks for; absent fields keep the current value (or get the default on create).
 *
 * @param name new name
 * @param description new description
 * @param language new language
 * @param source new source
 * @param timeoutMs new timeout
 * @param memoryLimitMb new memory budget
 * @param maxOperations new operation budget
 */
public record ScriptDraft(
    Optional<String> name,
    Optional<String> description,
    Optional<String> language,
    Optional<String> source,
    Optional<Long> timeoutMs,
    Optional<Long> memoryLimitMb,
    Optional<Long> maxOperations) {}
