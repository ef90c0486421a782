package dev.picloud.manager.dashboard;

/**
 * One file of the dashboard, held in memory.
 *
 * @param path its path below the dashboard root, such as {@code assets/index-3f2a.js}
 * @param body the bytes
 * @param gzipped the same bytes gzip-compressed, or null where compression does not pay
 * @param contentType the {@code Content-Type} to send
 * @param etag a strong entity tag (quoted)
 */
record StaticFile(String path, byte[] body, byte[] gzipped, String contentType, String etag) {}
