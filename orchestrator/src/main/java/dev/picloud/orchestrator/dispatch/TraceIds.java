package dev.picloud.orchestrator.dispatch;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The W3C trace id of a request: taken from its {@code traceparent} header when valid, else a new random one. */
final class TraceIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TraceIds() {}

  static String traceId(ServerRequest req) {
    String header = req.headers().first(HeaderNames.create("traceparent")).orElse("");
    String[] parts = header.split("-");
    if (parts.length >= 4 && parts[1].matches("[0-9a-f]{32}") && !parts[1].equals("0".repeat(32))) {
      return parts[1];
    }
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
