package dev.picloud.common.exec;

import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;

/**
 * Runs scripts. Script failures, timeouts and exhausted budgets are outcomes in the response, not exceptions; an
 * exception means the run could not be attempted or its result was lost.
 */
public interface ExecutorClient extends AutoCloseable {
  /**
   * Executes one invocation.
   *
   * @throws dev.picloud.common.error.TransientException when no executor could take the request (not delivered)
   * @throws dev.picloud.common.error.PlatformException for other platform failures
   */
  ExecResponse execute(ExecRequest request);

  /** Releases connections; the in-process client has none. */
  @Override
  default void close() {}
}
