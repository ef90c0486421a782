/** The admin HTTP API under {@code /api/v1/admin}: mounting, authentication, JSON request and response helpers. */
package dev.picloud.manager.api;
