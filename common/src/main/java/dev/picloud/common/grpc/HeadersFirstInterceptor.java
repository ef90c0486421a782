package dev.picloud.common.grpc;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * Makes every failed call send response headers before its trailers. Helidon 4.1.7 answers a call that fails before
 * sending anything with a trailers-only HTTP/2 response that lacks {@code :status}; grpc-java clients then report
 * {@code INTERNAL: Missing HTTP status code} instead of the real status. Sending (empty) headers first avoids the
 * trailers-only form, so clients see the status the service chose.
 */
public final class HeadersFirstInterceptor implements ServerInterceptor {
  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    return next.startCall(new HeadersFirstCall<>(call), headers);
  }

  private static final class HeadersFirstCall<Q, R> extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {
    private volatile boolean headersSent;

    HeadersFirstCall(ServerCall<Q, R> delegate) {
      super(delegate);
    }

    @Override
    public void sendHeaders(Metadata headers) {
      headersSent = true;
      super.sendHeaders(headers);
    }

    @Override
    public void close(Status status, Metadata trailers) {
      if (!headersSent) {
        sendHeaders(new Metadata());
      }
      super.close(status, trailers);
    }
  }
}
