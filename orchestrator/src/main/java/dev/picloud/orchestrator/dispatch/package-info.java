/** Turning an HTTP request into a script run and its result back into an HTTP response, behind the concurrency gate. */
package dev.picloud.orchestrator.dispatch;
