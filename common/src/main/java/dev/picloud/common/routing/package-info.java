/**
 * Route patterns and matching, shared by the orchestrator (serving requests) and the manager (validating routes,
 * refusing conflicts and explaining matches): {@link dev.picloud.common.routing.PathPattern}, {@link
 * dev.picloud.common.routing.HostPattern} and the compiled {@link dev.picloud.common.routing.RouteTable}.
 */
package dev.picloud.common.routing;
