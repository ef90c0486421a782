/** The CLI's configuration file: saved profiles (server URL and admin token), mode 600. */
package dev.picloud.cli.config;
