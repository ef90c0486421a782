package dev.picloud.common.version;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions this build speaks. The product version is written into a resource by the Maven build.
 *
 * @param product the PiCloud release, e.g. {@code 0.1.0}
 * @param sdk the script SDK version scripts can rely on
 * @param httpApi the admin/execute HTTP API version ({@code v1})
 */
public record PlatformVersion(String product, String sdk, String httpApi) {
  /** The SDK surface version (design roadmap numbering): SDK v1 = ctx, log, regex/random/time/json/base64/hex/url. */
  public static final String SDK_VERSION = "1.1.0";

  /** The HTTP API version, part of every API path. */
  public static final String HTTP_API_VERSION = "v1";

  /** The versions of the running build. */
  public static PlatformVersion current() {
    return new PlatformVersion(productVersion(), SDK_VERSION, HTTP_API_VERSION);
  }

  private static String productVersion() {
    Properties props = new Properties();
    try (InputStream in = PlatformVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props.getProperty("version", "unknown");
  }
}
