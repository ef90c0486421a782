package dev.picloud.common.lifecycle;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts requests in flight so a stopping server can let them finish. Helidon's own stop interrupts HTTP/2
 * connections (h2c, gRPC) at once and waits its full grace period for idle HTTP/1 keep-alive connections; with this,
 * a stop first refuses new requests (503, {@code Connection: close}), waits until the requests in flight have
 * answered (bounded), and only then closes the listener.
 */
public final class RequestDrain {
  private final AtomicInteger inFlight = new AtomicInteger();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition idle = lock.newCondition();
  private volatile boolean draining;

  /** The HTTP filter to add to every routing of the server. */
  public Filter filter() {
    return this::filter;
  }

  private void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    if (draining) {
      res.status(503);
      res.header(HeaderNames.CONNECTION, "close");
      res.header(HeaderNames.RETRY_AFTER, "1");
      res.header(HeaderNames.CONTENT_TYPE, "application/json");
      res.send("{\"error\":\"shutting_down\",\"message\":\"the server is shutting down\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    inFlight.incrementAndGet();
    try {
      chain.proceed();
    } finally {
      finished();
    }
  }

  /**
   * The gRPC interceptor counting unary calls (streams are long-lived and are simply closed). A call counts until the
   * server closes it (sends its status) or it is cancelled; Helidon's gRPC server does not report a call's end
   * through the listener, so the close of the call is the signal.
   */
  public ServerInterceptor grpcInterceptor() {
    return new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(
          ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        if (call.getMethodDescriptor().getType() != MethodDescriptor.MethodType.UNARY) {
          return next.startCall(call, headers);
        }
        if (draining) {
          call.close(io.grpc.Status.UNAVAILABLE.withDescription("the server is shutting down"), new Metadata());
          return new ServerCall.Listener<>() {};
        }
        inFlight.incrementAndGet();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable once = () -> {
          if (done.compareAndSet(false, true)) {
            finished();
          }
        };
        ServerCall<Q, R> counted =
            new io.grpc.ForwardingServerCall.SimpleForwardingServerCall<>(call) {
              @Override
              public void close(io.grpc.Status status, Metadata trailers) {
                try {
                  super.close(status, trailers);
                } finally {
                  once.run();
                }
              }
            };
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(next.startCall(counted, headers)) {
          @Override
          public void onCancel() {
            try {
              super.onCancel();
            } finally {
              once.run();
            }
          }
        };
      }
    };
  }

  private void finished() {
    if (inFlight.decrementAndGet() == 0 && draining) {
      lock.lock();
      try {
        idle.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  /** Requests being served now. */
  public int inFlight() {
    return inFlight.get();
  }

  /**
   * Refuses new requests from now on and waits until none is in flight, at most {@code grace}.
   *
   * @return true when every request finished in time
   */
  public boolean drain(Duration grace) {
    draining = true;
    long deadline = System.nanoTime() + grace.toNanos();
    lock.lock();
    try {
      while (inFlight.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        idle.await(left, TimeUnit.NANOSECONDS);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }
}
