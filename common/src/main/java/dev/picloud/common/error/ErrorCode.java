package dev.picloud.common.error;

/** Stable, machine-readable codes of platform errors; each maps to one HTTP status and one gRPC status. */
public enum ErrorCode {
  /** The named object does not exist (or belongs to another app). */
  NOT_FOUND(404, io.grpc.Status.Code.NOT_FOUND),
  /** The request conflicts with existing state (duplicate name, overlapping route). */
  CONFLICT(409, io.grpc.Status.Code.ALREADY_EXISTS),
  /** The request is malformed or names a bad value. */
  INVALID_ARGUMENT(400, io.grpc.Status.Code.INVALID_ARGUMENT),
  /** The request is well formed but its content cannot be processed (e.g. a script that does not compile). */
  UNPROCESSABLE(422, io.grpc.Status.Code.INVALID_ARGUMENT),
  /** No identity was presented, or it is not valid. */
  UNAUTHENTICATED(401, io.grpc.Status.Code.UNAUTHENTICATED),
  /** The identity lacks the capability. */
  PERMISSION_DENIED(403, io.grpc.Status.Code.PERMISSION_DENIED),
  /** The request body is larger than allowed. */
  PAYLOAD_TOO_LARGE(413, io.grpc.Status.Code.RESOURCE_EXHAUSTED),
  /** A capacity limit was hit; a later retry may succeed. */
  UNAVAILABLE(503, io.grpc.Status.Code.UNAVAILABLE),
  /** Anything else: a fault of the platform, not of the caller. */
  INTERNAL(500, io.grpc.Status.Code.INTERNAL);

  private final int httpStatus;
  private final io.grpc.Status.Code grpcCode;

  ErrorCode(int httpStatus, io.grpc.Status.Code grpcCode) {
    this.httpStatus = httpStatus;
    this.grpcCode = grpcCode;
  }

  /** The HTTP status this code maps to. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The gRPC status code this code maps to. */
  public io.grpc.Status.Code grpcCode() {
    return grpcCode;
  }

  /** The lower-case name used in JSON error bodies, e.g. {@code not_found}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
