package dev.picloud.common.routing;

import java.util.List;

/** Path prefixes PiCloud serves itself; user routes never take them. */
public final class ReservedPaths {
  private ReservedPaths() {}

  /** The reserved prefixes. */
  public static final List<String> PREFIXES = List.of("/api/", "/admin/", "/healthz", "/version");

  /** Whether a request path is a reserved path or under one ({@code /version} and {@code /version/x}, not {@code /versions}). */
  public static boolean isReserved(String path) {
    for (String prefix : PREFIXES) {
      String bare = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
      if (path.equals(bare) || path.startsWith(bare + "/")) {
        return true;
      }
    }
    return false;
  }
}
