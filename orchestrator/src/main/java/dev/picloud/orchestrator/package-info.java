/** The orchestrator tier: HTTP ingress and dispatch; {@link dev.picloud.orchestrator.Main} starts it alone. */
package dev.picloud.orchestrator;
