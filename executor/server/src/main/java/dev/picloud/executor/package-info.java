/** The executor tier: runs scripts in sandboxed engines; {@link dev.picloud.executor.Main} starts it alone. */
package dev.picloud.executor;
