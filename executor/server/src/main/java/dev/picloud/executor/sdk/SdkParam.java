package dev.picloud.executor.sdk;

/**
 * A parameter of an SDK function.
 *
 * @param name its name, for documentation and errors
 * @param type its type
 */
public record SdkParam(String name, SdkType type) {
  /** A parameter. */
  public static SdkParam param(String name, SdkType type) {
    return new SdkParam(name, type);
  }
}
