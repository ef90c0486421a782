/** The platform's error family: one sealed base class, each failure with a stable code, mapped once at the edge. */
package dev.picloud.common.error;
