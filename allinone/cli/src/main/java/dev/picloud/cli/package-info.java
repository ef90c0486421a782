/** The {@code picloud} command line: entry point, session (environment, streams, server), exit codes. */
package dev.picloud.cli;
