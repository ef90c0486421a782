/**
 * The orchestrator → executor seam: {@link dev.picloud.common.exec.ExecutorClient}, called directly in the all-in-one
 * and over gRPC ({@link dev.picloud.common.exec.GrpcExecutorClient}, {@link
 * dev.picloud.common.exec.ExecutorGrpcService}) when the tiers run apart. Protobuf messages cross this seam as they
 * are.
 */
package dev.picloud.common.exec;
