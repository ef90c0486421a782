/** The HTTP side of the CLI: the admin API client, its failures, and the JSON it speaks. */
package dev.picloud.cli.api;
