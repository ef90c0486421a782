/** The orchestrator's public gRPC API ({@code picloud.v1.Invoke}): run a script by id or by route over protobuf. */
package dev.picloud.orchestrator.api;
