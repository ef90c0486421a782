/** The manager's database: choosing embedded or external PostgreSQL, migrating it, and the connection pool. */
package dev.picloud.manager.storage;
