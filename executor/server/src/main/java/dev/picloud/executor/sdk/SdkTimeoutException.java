package dev.picloud.executor.sdk;

/**
 * An SDK function gave up because the run reached its deadline (or was interrupted). Unlike {@link SdkException} this
 * is a sandbox limit: scripts cannot catch it, and the run ends as timed out.
 */
public final class SdkTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SdkTimeoutException() {
    super("Script timed out", null, false, false);
  }
}
