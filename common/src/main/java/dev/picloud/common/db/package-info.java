/**
 * Database bootstrap: parsing {@code DATABASE_URL}, starting the embedded PostgreSQL when none is configured, probing
 * connectivity with a clear error, running Flyway migrations and creating the pooled Helidon {@code DbClient}.
 */
package dev.picloud.common.db;
