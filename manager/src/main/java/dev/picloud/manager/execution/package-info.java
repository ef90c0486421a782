/** The execution log: batched writes off the request path, queries for the admin API, and retention. */
package dev.picloud.manager.execution;
