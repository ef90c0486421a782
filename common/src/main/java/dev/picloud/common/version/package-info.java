/** What this build is: product version, SDK version, HTTP API version; the schema version comes from the manager. */
package dev.picloud.common.version;
