package dev.picloud.orchestrator.dispatch;

import com.google.protobuf.ByteString;
import dev.picloud.common.error.PayloadTooLargeException;
import dev.picloud.proto.v1.Header;
import dev.picloud.proto.v1.HttpRequest;
import io.helidon.common.uri.UriQuery;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Reads an HTTP request into the protobuf {@link HttpRequest} a script sees, enforcing the body cap. */
final class RequestReader {
  private RequestReader() {}

  static HttpRequest read(ServerRequest req, Target target, long maxBody) {
    HttpRequest.Builder http =
        HttpRequest.newBuilder()
            .setMethod(req.prologue().method().text())
            .setPath(req.path().path())
            .putAllParams(target.params())
            .setRest(target.rest())
            .setHost(host(req));
    req.headers()
        .forEach(h -> http.addHeaders(Header.newBuilder().setName(h.name().toLowerCase(Locale.ROOT)).setValue(h.get())));
    UriQuery query = req.query();
    for (String name : query.names()) {
      http.putQuery(name, query.all(name).isEmpty() ? "" : query.all(name).get(query.all(name).size() - 1));
    }
    req.headers().contentType().ifPresent(ct -> http.setContentType(ct.text()));
    http.setBody(body(req, maxBody));
    return http.build();
  }

  private static ByteString body(ServerRequest req, long maxBody) {
    long declared = req.headers().contentLength().orElse(-1);
    if (declared > maxBody) {
      throw tooLarge(maxBody);
    }
    if (!req.content().hasEntity()) {
      return ByteString.EMPTY;
    }
    try (InputStream in = req.content().inputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
      if (bytes.length > maxBody) {
        throw tooLarge(maxBody);
      }
      return ByteString.copyFrom(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the request body failed", e);
    }
  }

  private static PayloadTooLargeException tooLarge(long maxBody) {
    return new PayloadTooLargeException(
        "the request body is larger than " + maxBody + " bytes", Map.of("max_bytes", maxBody));
  }

  /** The Host header, if any. */
  static String host(ServerRequest req) {
    return req.headers().first(HeaderNames.HOST).orElse("");
  }
}
