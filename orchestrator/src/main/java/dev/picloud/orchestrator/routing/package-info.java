/** The orchestrator's copy of the routing table, compiled for matching and refreshed on every catalog change. */
package dev.picloud.orchestrator.routing;
