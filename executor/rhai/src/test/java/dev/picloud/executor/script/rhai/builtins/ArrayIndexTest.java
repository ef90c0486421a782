package dev.picloud.executor.script.rhai.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.executor.script.rhai.value.RhaiRange;
import dev.picloud.executor.script.rhai.value.RhaiRangeInclusive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrayIndexTest {
  @ParameterizedTest
  @CsvSource({
    // length, start, len, expected start, expected len
    "5, 1, 2, 1, 2",
    "5, -2, 9, 3, 2",
    "5, -9, 2, 0, 2",
    "5, 5, 1, 5, 0",
    "5, 9223372036854775807, 1, 5, 0",
    "5, -9223372036854775808, 1, 0, 1",
    "5, 2, 0, 2, 0",
    "5, 2, -3, 2, 0",
    "5, 2, 9223372036854775807, 2, 3",
    "0, 0, 1, 0, 0",
  })
  void spanClipsLikeRhai(int length, long start, long len, int s, int l) {
    assertThat(ArrayIndex.span(length, start, len)).isEqualTo(new ArrayIndex.Span(s, l));
  }

  @ParameterizedTest
  @CsvSource({
    "3, 0, 0", "3, 2, 2", "3, 3, -1", "3, -1, 2", "3, -3, 0", "3, -4, -1", "0, 0, -1",
    "3, -9223372036854775808, -1",
  })
  void indexCountsNegativeFromTheEnd(int length, long index, int expected) {
    assertThat(ArrayIndex.index(length, index)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1, 3, 1, 2", "-5, 2, 0, 2", "3, 1, 3, 0"})
  void exclusiveRangeToStartLen(long from, long to, long start, long len) {
    assertThat(ArrayIndex.startLen(new RhaiRange(from, to))).containsExactly(start, len);
  }

  @ParameterizedTest
  @CsvSource({"1, 3, 1, 3", "3, 1, 3, 1", "0, 9223372036854775807, 0, 9223372036854775807"})
  void inclusiveRangeToStartLen(long from, long to, long start, long len) {
    assertThat(ArrayIndex.startLen(new RhaiRangeInclusive(from, to))).containsExactly(start, len);
  }
}
