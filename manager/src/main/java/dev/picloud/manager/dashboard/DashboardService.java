package dev.picloud.manager.dashboard;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Serves the dashboard under {@value #MOUNT}. Hashed build assets ({@code assets/...}) are cached for a year as
 * immutable; {@code index.html} is revalidated on every load (its ETag makes that a 304). Any other path that does not
 * name a file answers with {@code index.html}, so that a reload of {@code /admin/scripts/123} lands in the app's own
 * router. Text files go out gzip-compressed to clients that accept it.
 */
public final class DashboardService implements HttpService {
  /** Where the dashboard is mounted. */
  public static final String MOUNT = "/admin";

  private static final String INDEX = "index.html";
  private static final String ASSETS = "assets/";
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String REVALIDATE = "no-cache";
  private static final HeaderName CSP = HeaderNames.create("Content-Security-Policy");
  private static final HeaderName REFERRER_POLICY = HeaderNames.create("Referrer-Policy");
  private static final HeaderName NOSNIFF = HeaderNames.create("X-Content-Type-Options");
  private static final HeaderName FRAME_OPTIONS = HeaderNames.create("X-Frame-Options");
  /** Scripts and connections only from this origin; CodeMirror sets inline styles. */
  private static final String POLICY =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self';"
          + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final DashboardFiles files;

  public DashboardService(DashboardFiles files) {
    this.files = files;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.any(this::serve);
  }

  private void serve(ServerRequest req, ServerResponse res) {
    Method method = req.prologue().method();
    if (!method.equals(Method.GET) && !method.equals(Method.HEAD)) {
      res.header(HeaderNames.ALLOW, "GET, HEAD");
      plain(res, Status.METHOD_NOT_ALLOWED_405, "the dashboard answers GET and HEAD only");
      return;
    }
    String full = req.path().absolute().path();
    if (full.equals(MOUNT)) {
      res.status(Status.MOVED_PERMANENTLY_301);
      res.header(HeaderNames.LOCATION, MOUNT + "/");
      res.send();
      return;
    }
    String path = full.substring(MOUNT.length() + 1);
    Optional<StaticFile> file = path.isEmpty() ? files.get(INDEX) : files.get(path);
    if (file.isEmpty() && !looksLikeAFile(path)) {
      file = files.get(INDEX);
    }
    if (file.isEmpty()) {
      plain(
          res,
          Status.NOT_FOUND_404,
          files.size() == 0
              ? "the dashboard is not part of this build (mvn package builds it from dashboard/ with npm)"
              : "no dashboard file " + full);
      return;
    }
    send(req, res, file.get(), method.equals(Method.HEAD));
  }

  /** Asset paths and names with an extension are files: a missing one is a 404, not the app. */
  private static boolean looksLikeAFile(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return path.startsWith(ASSETS) || last.contains(".");
  }

  private static void send(ServerRequest req, ServerResponse res, StaticFile file, boolean head) {
    boolean html = file.contentType().startsWith("text/html");
    res.header(HeaderNames.CACHE_CONTROL, file.path().startsWith(ASSETS) ? IMMUTABLE : REVALIDATE);
    res.header(HeaderNames.ETAG, file.etag());
    res.header(NOSNIFF, "nosniff");
    if (html) {
      res.header(CSP, POLICY);
      res.header(REFERRER_POLICY, "no-referrer");
      res.header(FRAME_OPTIONS, "DENY");
    }
    if (file.gzipped() != null) {
      res.header(HeaderNames.VARY, "Accept-Encoding");
    }
    if (matches(req.headers().first(HeaderNames.IF_NONE_MATCH).orElse(null), file.etag())) {
      res.status(Status.NOT_MODIFIED_304);
      res.send();
      return;
    }
    res.header(HeaderNames.CONTENT_TYPE, file.contentType());
    byte[] body = file.body();
    if (file.gzipped() != null && acceptsGzip(req.headers().first(HeaderNames.ACCEPT_ENCODING).orElse(""))) {
      res.header(HeaderNames.CONTENT_ENCODING, "gzip");
      body = file.gzipped();
    }
    if (head) {
      res.header(HeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
      res.send();
    } else {
      res.send(body);
    }
  }

  /** Whether an If-None-Match value names {@code etag} (weak comparison, as RFC 9110 asks for GET). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an Accept-Encoding value allows gzip (and does not refuse it with q=0). */
  static boolean acceptsGzip(String acceptEncoding) {
    for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
      String[] bits = part.split(";");
      String coding = bits[0].strip();
      if (coding.equals("gzip") || coding.equals("*")) {
        for (int i = 1; i < bits.length; i++) {
          String param = bits[i].strip().replace(" ", "");
          if (param.startsWith("q=") && param.substring(2).matches("0(\\.0*)?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static void plain(ServerResponse res, Status status, String text) {
    res.status(status);
    res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    res.send(text.getBytes(StandardCharsets.UTF_8));
  }
}
