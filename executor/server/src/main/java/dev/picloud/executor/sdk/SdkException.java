package dev.picloud.executor.sdk;

/**
 * An SDK function failed because of what the script asked (bad pattern, value out of range, undecodable text). Scripts
 * see it as an error they can catch; its message is what {@code catch (e)} receives.
 */
public final class SdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SdkException(String message) {
    super(message, null, false, false);
  }
}
