/** How the CLI prints for people: aligned tables and times. */
package dev.picloud.cli.text;
