/** The {@code picloud} commands, one class per command (groups hold their subcommands as nested classes). */
package dev.picloud.cli.command;
