package dev.picloud.executor.script.rhai.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abc | \"abc\"",
      "a\u00a0b | \"a\\u{a0}b\"",
      "zero\u200bwidth | \"zero\\u{200b}width\"",
      "e\u0301 | \"e\\u{301}\"",
      "\u2028 | \"\\u{2028}\"",
      "\u007f | \"\\u{7f}\"",
      "\ue000 | \"\\u{e000}\"",
      "héllo 😀 € | \"héllo 😀 €\"",
      "tab\there | \"tab\\there\"",
      "q\"b\\ | \"q\\\"b\\\\\"",
  })
  void debugFormEscapesLikeRust(String s, String expected) {
    assertThat(Values.toDebug(s)).isEqualTo(expected);
  }

  @Test
  void debugFormOfNestedValues() {
    RhaiMap m = new RhaiMap();
    m.put("k", new RhaiArray(List.of(1L, "x", new RhaiArray())));
    m.put("e", new RhaiMap());
    assertThat(Values.toDebug(new RhaiArray(List.of(m, Unit.INSTANCE, 2.0))))
        .isEqualTo("[#{\"e\": #{}, \"k\": [1, \"x\", []]}, (), 2.0]");
  }

  @Test
  void printingAnyDepthNeedsNoJavaStack() {
    RhaiArray a = new RhaiArray();
    for (int i = 0; i < 300_000; i++) {
      RhaiArray next = new RhaiArray();
      next.add(a);
      a = next;
    }
    String s = Values.toDisplay(a);
    assertThat(s).hasSize(600_002).startsWith("[[[").endsWith("]]]");
  }
}
