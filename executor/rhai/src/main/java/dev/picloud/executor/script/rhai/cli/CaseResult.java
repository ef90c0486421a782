package dev.picloud.executor.script.rhai.cli;

/**
 * The outcome of one conformance case.
 *
 * @param id case id
 * @param outcome "value", "runtime_error" or "parse_error"
 * @param type {@code type_of} of the value, or null
 * @param json JSON text of the value, or null
 * @param text {@code to_string} of the value, or null
 * @param error error kind (runtime) or parse error type, or null
 * @param message error message, or null
 * @param expectedKind the case's expected kind (value, runtime_error, parse_error, ok, parse_ok)
 * @param pass whether the outcome matches the expectation
 * @param reason why it failed, or null
 */
public record CaseResult(
    String id,
    String outcome,
    String type,
    String json,
    String text,
    String error,
    String message,
    String expectedKind,
    boolean pass,
    String reason) {}
