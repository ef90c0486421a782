/**
 * Loading configuration (YAML on the classpath, an optional file, system properties, environment variables) and
 * binding it to validated records at startup; every documented environment variable is declared as a {@link
 * dev.picloud.common.config.Setting}.
 */
package dev.picloud.common.config;
