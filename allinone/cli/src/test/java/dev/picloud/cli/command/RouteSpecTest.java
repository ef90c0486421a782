package dev.picloud.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.cli.CliException;
import dev.picloud.cli.ExitCode;
import dev.picloud.cli.api.JsonMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteSpecTest {
  @Test
  void parsesMethodAndPathOrPathAlone() {
    assertThat(RouteSpec.parse("GET:/hello")).isEqualTo(new RouteSpec("GET", "/hello"));
    assertThat(RouteSpec.parse("post:/items/:id")).isEqualTo(new RouteSpec("POST", "/items/:id"));
    assertThat(RouteSpec.parse("/files/*")).isEqualTo(new RouteSpec("ANY", "/files/*"));
    assertThat(RouteSpec.parse("*:/x")).isEqualTo(new RouteSpec("ANY", "/x"));
    assertThat(RouteSpec.parse("ANY:/x")).isEqualTo(new RouteSpec("ANY", "/x"));
  }

  @Test
  void anythingElseIsAUsageError() {
    for (String bad : new String[] {"hello", "GET/x", "GET:x", "G3T:/x", ":/x", ""}) {
      assertThatThrownBy(() -> RouteSpec.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    }
  }

  @Test
  void isTheSameAsAnExistingRouteWithTheSameMethodAndPathAndNoHost() {
    JsonMap route = JsonMap.of(Map.of("method", "GET", "path", "/hello", "host", ""));
    assertThat(RouteSpec.parse("GET:/hello").sameAs(route)).isTrue();
    assertThat(RouteSpec.parse("GET:/hello/").sameAs(route)).as("a trailing slash does not matter").isTrue();
    assertThat(RouteSpec.parse("/hello").sameAs(route)).isFalse();
    assertThat(RouteSpec.parse("GET:/hello").sameAs(JsonMap.of(Map.of("method", "GET", "path", "/hello", "host", "a.example")))).isFalse();
  }
}
