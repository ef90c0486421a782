package dev.picloud.executor.sdk;

import java.util.List;

/** The body of an SDK function: arguments are plain Java values already checked against the declared types. */
@FunctionalInterface
public interface SdkFunction {
  /**
   * Runs the function.
   *
   * @return a plain Java value (null for none)
   * @throws SdkException when the script's request cannot be done
   */
  Object call(SdkContext context, List<Object> args);
}
