package dev.picloud.common.grpc;

import io.grpc.BindableService;
import io.grpc.ServerInterceptors;
import io.helidon.webserver.grpc.GrpcRouting;

/** Builds the Helidon gRPC routing of a tier: its services plus the interceptors every service needs. */
public final class GrpcServices {
  private GrpcServices() {}

  /** A gRPC routing serving {@code services}. */
  public static GrpcRouting.Builder routing(BindableService... services) {
    // Helidon applies routing-level interceptors only to its own service descriptors, so each BindableService is
    // wrapped here.
    GrpcRouting.Builder routing = GrpcRouting.builder();
    HeadersFirstInterceptor headersFirst = new HeadersFirstInterceptor();
    for (BindableService service : services) {
      routing.service(ServerInterceptors.intercept(service, headersFirst));
    }
    return routing;
  }
}
