/** The manager tier: the control plane and the only writer to PostgreSQL. {@link dev.picloud.manager.Main} starts it alone. */
package dev.picloud.manager;
