/** Starting and stopping a launcher: one-line startup failures, listener binding, ordered shutdown on SIGTERM. */
package dev.picloud.common.lifecycle;
