package dev.picloud.common.grpc;

import io.grpc.BindableService;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import java.util.ArrayList;
import java.util.List;
import io.helidon.webserver.grpc.GrpcRouting;

/** Builds the Helidon gRPC routing of a tier: its services plus the interceptors every service needs. */
public final class GrpcServices {
  private GrpcServices() {}

  /** A gRPC routing serving {@code services}, each wrapped with {@code interceptors} (outermost first). */
  public static GrpcRouting.Builder routing(List<ServerInterceptor> interceptors, BindableService... services) {
    // Helidon applies routing-level interceptors only to its own service descriptors, so each BindableService is
    // wrapped here.
    GrpcRouting.Builder routing = GrpcRouting.builder();
    HeadersFirstInterceptor headersFirst = new HeadersFirstInterceptor();
    for (BindableService service : services) {
      List<ServerInterceptor> all = new ArrayList<>(interceptors);
      all.add(headersFirst);
      // ServerInterceptors.intercept applies the last one first; reverse so the first listed is outermost.
      java.util.Collections.reverse(all);
      routing.service(ServerInterceptors.intercept(service, all));
    }
    return routing;
  }

  /** A gRPC routing serving {@code services} with no extra interceptors. */
  public static GrpcRouting.Builder routing(BindableService... services) {
    return routing(List.of(), services);
  }
}
