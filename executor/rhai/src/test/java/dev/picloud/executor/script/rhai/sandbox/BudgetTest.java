package dev.picloud.executor.script.rhai.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.picloud.executor.script.rhai.ErrorKind;
import dev.picloud.executor.script.rhai.Limits;
import dev.picloud.executor.script.rhai.Position;
import dev.picloud.executor.script.rhai.RhaiError;
import dev.picloud.executor.script.rhai.value.RhaiArray;
import dev.picloud.executor.script.rhai.value.RhaiBlob;
import dev.picloud.executor.script.rhai.value.RhaiMap;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetTest {
  private static final Position P = new Position(1, 1);

  private static ErrorKind kindOf(Runnable r) {
    try {
      r.run();
      return null;
    } catch (RhaiError e) {
      return e.kind();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "0123456789, ",
      "0123456789a, ErrorDataTooLarge",
      "€€€, ",
      "€€€€, ErrorDataTooLarge",
      "😀😀, ",
      "😀😀😀, ErrorDataTooLarge",
  })
  void stringSizeLimitCountsUtf8Bytes(String s, ErrorKind expected) {
    Budget b = new Budget(Limits.DEFAULT.withSizes(10, 0, 0));
    assertThat(kindOf(() -> b.checkString(s, P))).isEqualTo(expected);
  }

  @Test
  void dataSizesCountNestedContainersLikeRhai() {
    RhaiArray inner = new RhaiArray(List.of(1L, 2L, 3L));
    RhaiMap m = new RhaiMap();
    m.put("a", "xyz");
    m.put("b", new RhaiArray(List.of(1L)));
    m.put("c", new RhaiBlob(new byte[5]));
    RhaiArray outer = new RhaiArray(List.of(inner, inner.copy(), m, "€"));
    long[] n = Sizes.dataSizes(outer, 0, 0, 1000);
    // arrays: 4 top + 3 + 3 + map's nested array 1 + the BLOB's 5 bytes; maps: a, b (a BLOB
    // value counts its bytes as array elements only); string bytes: "xyz" + "€".
    assertThat(n).containsExactly(16, 2, 6);
    Budget b = new Budget(Limits.DEFAULT.withSizes(0, 15, 0));
    assertThat(kindOf(() -> b.checkSizes(outer, P))).isEqualTo(ErrorKind.ErrorDataTooLarge);
  }

  @Test
  void sleepEndsAtTheDeadlineWithATimeout() {
    Budget b = new Budget(Limits.DEFAULT.withTimeout(Duration.ofMillis(100)));
    long t0 = System.nanoTime();
    assertThat(kindOf(() -> b.sleep(30, P))).isEqualTo(ErrorKind.ErrorTimeout);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void sleepWithinTheDeadlineJustWaits() {
    Budget b = new Budget(Limits.DEFAULT.withTimeout(Duration.ofSeconds(10)));
    b.sleep(0.01, P);
    b.sleep(-1, P);
    b.sleep(Double.NaN, P);
  }

  @Test
  void interruptedSleepTerminatesTheRunAndKeepsTheFlag() {
    Budget b = new Budget(Limits.DEFAULT);
    Thread.currentThread().interrupt();
    try {
      assertThat(kindOf(() -> b.sleep(30, P))).isEqualTo(ErrorKind.ErrorTerminated);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void memoryMeterMeasuresTheRootsWhenItPassesTheBudget() {
    Budget b = new Budget(Limits.DEFAULT.withMaxMemoryBytes(10_000));
    RhaiArray kept = new RhaiArray();
    b.setRoots(sink -> sink.accept(kept));
    // Charges of garbage pass the threshold, but the live data is small: no error.
    for (int i = 0; i < 100; i++) {
      b.charge(500, null, P);
    }
    for (int i = 0; i < 1000; i++) {
      kept.add("x".repeat(10));
    }
    assertThatThrownBy(() -> {
      for (int i = 0; i < 100; i++) {
        b.charge(500, null, P);
      }
    }).isInstanceOfSatisfying(RhaiError.class,
        e -> assertThat(e.kind()).isEqualTo(ErrorKind.ErrorMemoryLimit));
  }

  @Test
  void aSingleValueAboveTheBudgetFailsAtOnce() {
    Budget b = new Budget(Limits.DEFAULT.withMaxMemoryBytes(1000));
    assertThat(kindOf(() -> b.checkString(600, P))).isEqualTo(ErrorKind.ErrorMemoryLimit);
    assertThat(kindOf(() -> b.checkNew(new RhaiBlob(new byte[2000]), P)))
        .isEqualTo(ErrorKind.ErrorMemoryLimit);
  }

  @Test
  void deepSizesAreIterativeAndCached() {
    RhaiArray a = new RhaiArray();
    for (int i = 0; i < 100_000; i++) {
      RhaiArray next = new RhaiArray();
      next.add(a);
      a = next;
    }
    long size = Sizes.deep(a, Long.MAX_VALUE);
    assertThat(size).isGreaterThan(100_000L * 48);
    assertThat(a.cachedDeepSize()).isEqualTo(size);
    a.add(1L);
    assertThat(a.cachedDeepSize()).isEqualTo(-1);
  }
}
