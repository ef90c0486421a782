/** Typed identifiers: a UUID wrapped per kind, so an app id can never be passed where a script id is expected. */
package dev.picloud.common.id;
