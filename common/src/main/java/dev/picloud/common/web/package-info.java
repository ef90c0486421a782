/**
 * HTTP pieces every tier mounts: the JSON error mapping at the edge, JSON responses, and the {@code /healthz} and
 * {@code /version} endpoints.
 */
package dev.picloud.common.web;
