/**
 * Serving {@code Execute}: resolve and cache the compiled script by (id, version), build {@code ctx}, run it within
 * its limits, and turn its value or failure into an {@code ExecResponse} with the captured log.
 */
package dev.picloud.executor.invoke;
