package dev.picloud.executor.script.rhai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Custom types: names per engine, and their registered functions in string building. */
class CustomTypesTest {
  /** A host type. */
  record Point(long x, long y) {}

  private static RhaiEngine engine(String name) {
    return RhaiEngine.builder()
        .registerType(Point.class, name)
        .registerFunction("point", (c, a) -> new Point((Long) a[0], (Long) a[1]),
            Long.class, Long.class)
        .registerFunction("to_string", (c, a) -> {
          Point p = (Point) a[0];
          return "(" + p.x() + ", " + p.y() + ")";
        }, Point.class)
        .build();
  }

  @Test
  void typeNamesArePerEngine() {
    RhaiEngine a = engine("Point");
    RhaiEngine b = engine("Vec2");
    assertThat(a.eval("type_of(point(1, 2))")).isEqualTo("Point");
    assertThat(b.eval("type_of(point(1, 2))")).isEqualTo("Vec2");
    assertThat(a.eval("point(1, 2).type_of()")).isEqualTo("Point");
    RhaiEngine plain = RhaiEngine.builder()
        .registerFunction("point", (c, x) -> new Point(1, 2), Long.class).build();
    assertThat(plain.eval("type_of(point(1))")).isEqualTo(Point.class.getName());
  }

  @Test
  void functionNotFoundNamesTheEnginesType() {
    try {
      engine("Vec2").eval("point(1, 2).nope()");
    } catch (RhaiError e) {
      assertThat(e.getMessage()).startsWith("Function not found: nope (Vec2)");
      return;
    }
    throw new AssertionError("no error");
  }

  @Test
  void concatenationAndInterpolationUseTheRegisteredToString() {
    RhaiEngine e = engine("Point");
    assertThat(e.eval("\"p = \" + point(1, 2)")).isEqualTo("p = (1, 2)");
    assertThat(e.eval("point(3, 4) + \"!\"")).isEqualTo("(3, 4)!");
    assertThat(e.eval("`at ${point(5, 6)}`")).isEqualTo("at (5, 6)");
    assertThat(e.eval("let s = \"p\"; s += point(7, 8); s")).isEqualTo("p(7, 8)");
    assertThat(e.eval("let s = \"p\"; s.append(point(7, 8)); s")).isEqualTo("p(7, 8)");
  }

  @Test
  void registeredPlusAssignForStringsIsUsed() {
    RhaiEngine e = RhaiEngine.builder()
        .registerType(Point.class, "Point")
        .registerFunction("point", (c, a) -> new Point((Long) a[0], (Long) a[1]),
            Long.class, Long.class)
        .registerMutFunction("+=", (c, a) -> {
          a[0] = a[0] + "<" + ((Point) a[1]).x() + ">";
          return null;
        }, String.class, Point.class)
        .build();
    assertThat(e.eval("let s = \"p\"; s += point(7, 8); s")).isEqualTo("p<7>");
  }
}
