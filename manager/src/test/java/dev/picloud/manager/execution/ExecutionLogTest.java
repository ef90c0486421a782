package dev.picloud.manager.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.common.execlog.ExecutionRecord;
import dev.picloud.common.id.ExecutionId;
import dev.picloud.common.testing.PostgresExtension;
import dev.picloud.common.testing.TestDatabase;
import dev.picloud.manager.app.App;
import dev.picloud.manager.storage.ManagerDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The execution log on a real PostgreSQL: batched writes, queries, paging, a full queue, retention. */
@ExtendWith(PostgresExtension.class)
class ExecutionLogTest {
  private static ManagerDatabase database;
  private static JdbcExecutionRepository repository;

  @BeforeAll
  static void open(TestDatabase db) {
    database = ManagerDatabase.open(db.url(), 4, null);
    repository = new JdbcExecutionRepository(database.client());
  }

  @AfterAll
  static void close() {
    database.close();
  }

  private static ExecutionRecord record(String status, Instant started, String scriptId) {
    return new ExecutionRecord(
        ExecutionId.generate().toString(),
        App.DEFAULT_ID.toString(),
        scriptId,
        3,
        "s",
        null,
        "req",
        "trace",
        "http",
        "POST",
        "/p",
        Map.of("authorization", "[redacted]"),
        "{\"a\":1}",
        false,
        status,
        status.equals("ok") ? 200 : 502,
        "done\u0000",
        false,
        status.equals("ok") ? null : Map.of("kind", "ErrorRuntime", "message", "boom", "line", 2L),
        List.of(Map.of("level", "info", "message", "hi", "ts", "2026-01-01T00:00:00Z")),
        false,
        1234,
        started,
        "exec-1");
  }

  @Test
  void theWriterBatchesRecordsThatQueriesThenFindAndPage() throws Exception {
    String script = UUID.randomUUID().toString();
    try (ExecutionLogWriter writer = new ExecutionLogWriter(repository, 1_000)) {
      for (int i = 0; i < 120; i++) {
        assertThat(writer.offer(record(i % 3 == 0 ? "script_error" : "ok", Instant.now(), script))).isTrue();
      }
      assertThat(writer.flush(10_000)).isTrue();
      assertThat(writer.stats().written()).isEqualTo(120);
    }
    UUID id = UUID.fromString(script);
    List<ExecutionRecord> errors =
        repository.find(
            new ExecutionQuery(Optional.empty(), Optional.of(id), Optional.of("script_error"), Optional.empty(), Optional.empty(), 500));
    assertThat(errors).hasSize(40);
    assertThat(errors.get(0).error()).containsEntry("kind", "ErrorRuntime").containsEntry("line", 2L);
    assertThat(errors.get(0).responseBody()).isEqualTo("done\uFFFD");
    assertThat(errors.get(0).logs()).singleElement().satisfies(l -> assertThat(l).containsEntry("message", "hi"));

    List<ExecutionRecord> all = new ArrayList<>();
    Optional<UUID> cursor = Optional.empty();
    do {
      List<ExecutionRecord> page =
          repository.find(new ExecutionQuery(Optional.empty(), Optional.of(id), Optional.empty(), Optional.empty(), cursor, 50));
      all.addAll(page);
      cursor = page.size() == 50 ? Optional.of(UUID.fromString(page.get(49).executionId())) : Optional.empty();
    } while (cursor.isPresent());
    assertThat(all).hasSize(120);
    assertThat(all).extracting(ExecutionRecord::executionId).doesNotHaveDuplicates();
    assertThat(all.get(0).executionId()).isGreaterThan(all.get(119).executionId());
  }

  @Test
  void aFullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch writing = new CountDownLatch(1);
    ExecutionRepository stuck =
        new ExecutionRepository() {
          @Override
          public void insertAll(List<ExecutionRecord> records) {
            writing.countDown();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            repository.insertAll(records);
          }

          @Override
          public List<ExecutionRecord> find(ExecutionQuery query) {
            return List.of();
          }

          @Override
          public Optional<ExecutionRecord> get(String executionId) {
            return Optional.empty();
          }

          @Override
          public int deleteOlderThan(Instant cutoff, int batch) {
            return 0;
          }
        };
    try (ExecutionLogWriter writer = new ExecutionLogWriter(stuck, 100)) {
      // The first record puts the writer in insertAll (where it stays); only then is the queue filled, so that the
      // writer cannot drain part of the burst into its batch first.
      assertThat(writer.offer(record("ok", Instant.now(), null))).isTrue();
      assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
      int accepted = 1;
      for (int i = 1; i < 400; i++) {
        if (writer.offer(record("ok", Instant.now(), null))) {
          accepted++;
        }
      }
      // One record is in the writer's hands (blocked in insertAll), the queue holds 100, the rest are dropped.
      assertThat(accepted).isEqualTo(101);
      assertThat(writer.stats().dropped()).isEqualTo(400 - accepted);
      release.countDown();
      assertThat(writer.flush(10_000)).isTrue();
      assertThat(writer.stats().written()).isEqualTo(accepted);
    }
  }

  @Test
  void retentionDeletesOnlyRecordsOlderThanThePeriod() {
    String script = UUID.randomUUID().toString();
    Instant now = Instant.parse("2026-06-01T00:00:00Z");
    repository.insertAll(
        List.of(
            record("ok", now.minus(Duration.ofDays(31)), script),
            record("ok", now.minus(Duration.ofDays(40)), script),
            record("ok", now.minus(Duration.ofDays(29)), script)));
    ExecutionRetention retention =
        new ExecutionRetention(repository, Duration.ofDays(30), Clock.fixed(now, ZoneOffset.UTC));
    assertThat(retention.sweep()).isGreaterThanOrEqualTo(2);
    List<ExecutionRecord> left =
        repository.find(
            new ExecutionQuery(Optional.empty(), Optional.of(UUID.fromString(script)), Optional.empty(), Optional.empty(), Optional.empty(), 10));
    assertThat(left).singleElement().satisfies(r -> assertThat(r.startedAt()).isEqualTo(now.minus(Duration.ofDays(29))));
    retention.close();
  }
}
