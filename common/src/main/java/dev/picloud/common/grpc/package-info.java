/** gRPC plumbing shared by the tiers: plaintext channels and the one mapping between platform errors and Status. */
package dev.picloud.common.grpc;
