package dev.picloud.common.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.common.error.InvalidArgumentException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternTest {
  @Test
  void pathShapesEraseParameterNames() {
    assertThat(PathPattern.parse("/users/:id").shape()).isEqualTo(PathPattern.parse("/users/:uid/").shape());
    assertThat(PathPattern.parse("/files/*").shape()).isEqualTo("/files/*");
    assertThat(PathPattern.parse("/").shape()).isEqualTo("/");
  }

  @Test
  void badPathsSayWhatIsWrong() {
    assertThatThrownBy(() -> PathPattern.parse("users")).isInstanceOf(InvalidArgumentException.class).hasMessageContaining("must start with /");
    assertThatThrownBy(() -> PathPattern.parse("/a/*/b")).hasMessageContaining("* may only be the last segment");
    assertThatThrownBy(() -> PathPattern.parse("/a//b")).hasMessageContaining("empty segment");
    assertThatThrownBy(() -> PathPattern.parse("/a/:1x")).hasMessageContaining("not a valid parameter");
    assertThatThrownBy(() -> PathPattern.parse("/a/:x/:x")).hasMessageContaining("appears twice");
    assertThatThrownBy(() -> PathPattern.parse("/a/b:c")).hasMessageContaining("mixes literal text");
    assertThatThrownBy(() -> PathPattern.parse("/a b")).hasMessageContaining("space");
  }

  @Test
  void reservedPrefixesAreDetectedOnTheFirstLiteralSegment() {
    List<String> reserved = List.of("/api/", "/admin/", "/healthz", "/version");
    assertThat(PathPattern.parse("/api/v2/x").reservedPrefix(reserved)).hasValue("/api/");
    assertThat(PathPattern.parse("/healthz").reservedPrefix(reserved)).hasValue("/healthz");
    assertThat(PathPattern.parse("/admin").reservedPrefix(reserved)).hasValue("/admin/");
    assertThat(PathPattern.parse("/:section/x").reservedPrefix(reserved)).isEmpty();
    assertThat(PathPattern.parse("/*").reservedPrefix(reserved)).isEmpty();
    assertThat(PathPattern.parse("/apis").reservedPrefix(reserved)).isEmpty();
    assertThat(PathPattern.parse("/").reservedPrefix(reserved)).isEmpty();
  }

  @Test
  void hostPatterns() {
    HostPattern p = HostPattern.parse("{tenant}.Example.com", "domain");
    assertThat(p.text()).isEqualTo("{tenant}.example.com");
    assertThat(p.matches("acme.example.com:443")).isTrue();
    assertThat(p.matches("example.com")).isFalse();
    assertThat(p.literalLabels()).isEqualTo(2);
    assertThatThrownBy(() -> HostPattern.parse("bad_host.com", "domain")).hasMessageContaining("not a host label");
    assertThatThrownBy(() -> HostPattern.parse("a.{x", "domain")).isInstanceOf(InvalidArgumentException.class);
  }
}
