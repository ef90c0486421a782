package dev.picloud.executor.sdk.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.sdk.RhaiSnippets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code random::} as scripts see it: ranges, sizes and formats, not particular values. */
class RandomModuleTest {
  private final RhaiSnippets rhai = new RhaiSnippets();

  @Test
  void intIsWithinBothBoundsAndReachesEach() {
    String script =
        """
        let seen = #{};
        for i in 0..2000 {
          let n = random::int(-1, 1);
          if n < -1 || n > 1 { throw `out of range: ${n}`; }
          seen[n.to_string()] = true;
        }
        seen.keys()
        """;
    assertThat(rhai.run(script)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrder("-1", "0", "1");
  }

  @Test
  void intAcceptsEqualBoundsAndTheWholeRange() {
    assertThat(rhai.run("random::int(7, 7)")).isEqualTo(7L);
    assertThat(rhai.run("type_of(random::int(-9223372036854775808, 9223372036854775807))")).isEqualTo("i64");
    assertThat(rhai.run("random::int(9223372036854775806, 9223372036854775807) >= 9223372036854775806"))
        .isEqualTo(true);
    assertThat(rhai.run("random::int(-9223372036854775808, -9223372036854775807) <= -9223372036854775807"))
        .isEqualTo(true);
  }

  @Test
  void intWithMinAboveMaxIsAnError() {
    assertThat(rhai.caught("random::int(5, 1)")).isEqualTo("random::int: min (5) is greater than max (1)");
  }

  @Test
  void floatIsFromZeroToBelowOne() {
    assertThat(
            rhai.run(
                """
                let ok = true;
                for i in 0..2000 { let x = random::float(); if x < 0.0 || x >= 1.0 { ok = false; } }
                [ok, type_of(random::float())]
                """))
        .isEqualTo(List.of(true, "f64"));
  }

  @Test
  void bytesIsABlobOfTheAskedLength() {
    assertThat(rhai.run("let b = random::bytes(16); [type_of(b), b.len()]")).isEqualTo(List.of("blob", 16L));
    assertThat(rhai.run("random::bytes(0).len()")).isEqualTo(0L);
    assertThat(rhai.run("random::bytes(65536).len()")).isEqualTo(65_536L);
    assertThat(rhai.run("random::bytes(32) != random::bytes(32)")).isEqualTo(true);
  }

  @Test
  void bytesOutsideZeroTo64KiBIsAnError() {
    assertThat(rhai.caught("random::bytes(65537)")).isEqualTo("random::bytes: n must be from 0 to 65536, got 65537");
    assertThat(rhai.caught("random::bytes(-1)")).isEqualTo("random::bytes: n must be from 0 to 65536, got -1");
  }

  @Test
  void stringIsAlphanumericOfTheAskedLength() {
    assertThat(rhai.run("regex::is_match(\"^[A-Za-z0-9]{40}$\", random::string(40))")).isEqualTo(true);
    assertThat(rhai.run("random::string(0)")).isEqualTo("");
    assertThat(rhai.run("random::string(4096).len()")).isEqualTo(4096L);
    assertThat(rhai.caught("random::string(4097)")).isEqualTo("random::string: len must be from 0 to 4096, got 4097");
    assertThat(rhai.caught("random::string(-2, \"ab\")"))
        .isEqualTo("random::string: len must be from 0 to 4096, got -2");
  }

  @Test
  void stringCanDrawFromItsOwnAlphabet() {
    assertThat(rhai.run("regex::is_match(\"^[01]{64}$\", random::string(64, \"01\"))")).isEqualTo(true);
    assertThat(rhai.run("random::string(3, \"😀\")")).isEqualTo("😀😀😀");
    assertThat(rhai.caught("random::string(3, \"\")")).isEqualTo("random::string: the alphabet is empty");
  }

  @Test
  void uuidIsAVersion4UuidInLowerCase() {
    assertThat(
            rhai.run(
                "regex::is_match(\"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$\","
                    + " random::uuid())"))
        .isEqualTo(true);
    assertThat(rhai.run("random::uuid() != random::uuid()")).isEqualTo(true);
  }

  @Test
  void argumentsOfTheWrongTypeAreFunctionNotFound() {
    for (String call : List.of("random::int(1.0, 2)", "random::int(1)", "random::bytes(\"3\")", "random::float(1)",
        "random::string(3, 'a')", "random::uuid(4)")) {
      assertThat(rhai.error(call).kind()).as(call).isEqualTo("ErrorFunctionNotFound");
    }
  }
}
