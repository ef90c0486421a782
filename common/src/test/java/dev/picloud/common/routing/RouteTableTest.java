package dev.picloud.common.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.common.catalog.AppEntry;
import dev.picloud.common.catalog.RouteEntry;
import dev.picloud.common.catalog.RoutingTable;
import dev.picloud.common.catalog.ScriptEntry;
import dev.picloud.common.id.AppId;
import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private final AppId defaultApp = AppId.generate();
  private final AppId tenantApp = AppId.generate();
  private final AppId apiApp = AppId.generate();
  private final List<RouteEntry> routes = new ArrayList<>();
  private final List<ScriptEntry> scripts = new ArrayList<>();

  private String route(AppId app, String method, String path, String host) {
    ScriptId script = ScriptId.generate();
    String name = method + " " + path + (host.isEmpty() ? "" : " @" + host);
    scripts.add(new ScriptEntry(script, 1, name, app, 0));
    routes.add(new RouteEntry(RouteId.generate(), app, script, method, path, host, "sync"));
    return name;
  }

  private RouteTable table() {
    return RouteTable.compile(
        new RoutingTable(
            7,
            List.of(
                new AppEntry(defaultApp, "default", List.of()),
                new AppEntry(tenantApp, "tenants", List.of("{tenant}.example.com")),
                new AppEntry(apiApp, "api", List.of("api.example.com"))),
            routes,
            scripts));
  }

  private String matched(String host, String method, String path) {
    RouteMatch m = table().match(host, method, path);
    return m instanceof RouteMatch.Found f ? f.script().name() : m.getClass().getSimpleName();
  }

  @Test
  void hostResolvesToTheMostSpecificDomainElseDefault() {
    RouteTable t = table();
    assertThat(t.appFor("api.example.com:8080").slug()).isEqualTo("api");
    assertThat(t.appFor("ACME.example.com").slug()).isEqualTo("tenants");
    assertThat(t.appFor("example.com").slug()).isEqualTo("default");
    assertThat(t.appFor("a.b.example.com").slug()).isEqualTo("default");
    assertThat(t.appFor("").slug()).isEqualTo("default");
  }

  @Test
  void exactBeatsParameterBeatsWildcard() {
    route(defaultApp, "GET", "/users/me", "");
    route(defaultApp, "GET", "/users/:id", "");
    route(defaultApp, "GET", "/users/*", "");
    assertThat(matched("x", "GET", "/users/me")).isEqualTo("GET /users/me");
    assertThat(matched("x", "GET", "/users/42")).isEqualTo("GET /users/:id");
    assertThat(matched("x", "GET", "/users/42/posts")).isEqualTo("GET /users/*");
    assertThat(matched("x", "GET", "/users")).isEqualTo("GET /users/*");
  }

  @Test
  void backtracksToALessSpecificBranchThatHasTheRoute() {
    route(defaultApp, "GET", "/files/special", "");
    route(defaultApp, "GET", "/files/:name/meta", "");
    assertThat(matched("x", "GET", "/files/special/meta")).isEqualTo("GET /files/:name/meta");
  }

  @Test
  void capturesParamsDecodedAndTheRest() {
    route(defaultApp, "", "/u/:id/f/*", "");
    RouteMatch.Found f = (RouteMatch.Found) table().match("h", "PATCH", "/u/caf%C3%A9/f/a/b%20c/");
    assertThat(f.params()).isEqualTo(Map.of("id", "café"));
    assertThat(f.rest()).isEqualTo("a/b c");
  }

  @Test
  void methodSpecificBeatsAnyAndWrongMethodIs405() {
    route(defaultApp, "POST", "/items", "");
    route(defaultApp, "", "/things", "");
    route(defaultApp, "GET", "/things", "");
    assertThat(matched("h", "GET", "/things")).isEqualTo("GET /things");
    assertThat(matched("h", "DELETE", "/things")).isEqualTo(" /things");
    RouteMatch m = table().match("h", "GET", "/items");
    assertThat(m).isInstanceOf(RouteMatch.MethodNotAllowed.class);
    assertThat(((RouteMatch.MethodNotAllowed) m).allowed()).containsExactly("POST");
    assertThat(matched("h", "GET", "/nope")).isEqualTo("NotFound");
  }

  @Test
  void headFallsBackToGet() {
    route(defaultApp, "GET", "/page", "");
    assertThat(matched("h", "HEAD", "/page")).isEqualTo("GET /page");
  }

  @Test
  void routesAreScopedToTheirAppAndOptionalHost() {
    route(apiApp, "GET", "/v1/ping", "");
    route(tenantApp, "GET", "/home", "");
    route(tenantApp, "GET", "/home", "vip.example.com");
    assertThat(matched("api.example.com", "GET", "/v1/ping")).isEqualTo("GET /v1/ping");
    assertThat(matched("other.com", "GET", "/v1/ping")).isEqualTo("NotFound");
    assertThat(matched("vip.example.com", "GET", "/home")).isEqualTo("GET /home @vip.example.com");
    assertThat(matched("acme.example.com", "GET", "/home")).isEqualTo("GET /home");
  }

  @Test
  void rootAndTrailingSlashes() {
    route(defaultApp, "GET", "/", "");
    route(defaultApp, "GET", "/about/", "");
    assertThat(matched("h", "GET", "/")).isEqualTo("GET /");
    assertThat(matched("h", "GET", "/about")).isEqualTo("GET /about/");
    assertThat(matched("h", "GET", "/about/")).isEqualTo("GET /about/");
  }
}
