/** The {@code rhai-run} command-line runner and the conformance-corpus runner it shares with the tests. */
package dev.picloud.executor.script.rhai.cli;
