package dev.picloud.manager.auth;

import dev.picloud.common.web.HttpErrors;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** Requires {@code Authorization: Bearer <admin token>} on every path under {@code /api/v1/admin}. */
public final class AdminAuthFilter implements Filter {
  /** The protected prefix. */
  public static final String PREFIX = "/api/v1/admin";

  private final AdminToken token;

  public AdminAuthFilter(AdminToken token) {
    this.token = token;
  }

  @Override
  public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
    String path = req.path().path();
    if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
      chain.proceed();
      return;
    }
    String header = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"picloud\"");
      HttpErrors.send(res, 401, "unauthenticated", "the admin API needs an Authorization: Bearer <token> header");
      return;
    }
    if (!token.matches(header.substring(7).trim())) {
      res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"picloud\", error=\"invalid_token\"");
      HttpErrors.send(res, 401, "unauthenticated", "the bearer token is not valid");
      return;
    }
    chain.proceed();
  }
}
