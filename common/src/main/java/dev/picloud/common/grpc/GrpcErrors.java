package dev.picloud.common.grpc;

import dev.picloud.common.error.ConflictException;
import dev.picloud.common.error.InternalException;
import dev.picloud.common.error.InvalidArgumentException;
import dev.picloud.common.error.NotFoundException;
import dev.picloud.common.error.PayloadTooLargeException;
import dev.picloud.common.error.PermissionDeniedException;
import dev.picloud.common.error.PlatformException;
import dev.picloud.common.error.TransientException;
import dev.picloud.common.error.UnauthenticatedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.lang.System.Logger.Level;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Maps errors once, at the gRPC edge: a {@link PlatformException} becomes its status with its message; anything else
 * becomes INTERNAL with only an error id on the wire (the stack trace goes to the log under that id).
 */
public final class GrpcErrors {
  private static final System.Logger LOG = System.getLogger(GrpcErrors.class.getName());

  private GrpcErrors() {}

  /** Completes a unary call with the supplier's value, or with the mapped error. */
  public static <T> void unary(StreamObserver<T> observer, Supplier<T> body) {
    T value;
    try {
      value = body.get();
    } catch (RuntimeException e) {
      observer.onError(toStatus(e).asRuntimeException());
      return;
    }
    observer.onNext(value);
    observer.onCompleted();
  }

  /** The status for a failure thrown by a service. */
  public static Status toStatus(Throwable e) {
    if (e instanceof PlatformException pe) {
      return Status.fromCode(pe.code().grpcCode()).withDescription(pe.getMessage());
    }
    if (e instanceof StatusRuntimeException sre) {
      return sre.getStatus();
    }
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, "Internal error " + errorId, e);
    return Status.INTERNAL.withDescription("internal error (id " + errorId + ")");
  }

  /** The platform error for a failed call to a remote tier, naming what was called. */
  public static PlatformException fromStatus(StatusRuntimeException e, String what) {
    Status status = e.getStatus();
    String description = status.getDescription() == null ? status.getCode().name() : status.getDescription();
    return switch (status.getCode()) {
      case NOT_FOUND -> new NotFoundException(description);
      case ALREADY_EXISTS -> new ConflictException(description);
      case INVALID_ARGUMENT, OUT_OF_RANGE, FAILED_PRECONDITION -> new InvalidArgumentException(description);
      case UNAUTHENTICATED -> new UnauthenticatedException(description);
      case PERMISSION_DENIED -> new PermissionDeniedException(description);
      case RESOURCE_EXHAUSTED -> new PayloadTooLargeException(description);
      case UNAVAILABLE, DEADLINE_EXCEEDED, ABORTED, CANCELLED ->
          new TransientException(what + " unavailable: " + description, e);
      default -> new InternalException(what + " failed: " + description, e);
    };
  }
}
