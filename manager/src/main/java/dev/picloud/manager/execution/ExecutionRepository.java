package dev.picloud.manager.execution;

import dev.picloud.common.execlog.ExecutionRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores execution records. */
public interface ExecutionRepository {
  /** Inserts records in one batch. */
  void insertAll(List<ExecutionRecord> records);

  /** Records matching a query, newest first. */
  List<ExecutionRecord> find(ExecutionQuery query);

  /** One record. */
  Optional<ExecutionRecord> get(String executionId);

  /**
   * Deletes records that started before {@code cutoff}, at most {@code batch} of them.
   *
   * @return how many were deleted
   */
  int deleteOlderThan(Instant cutoff, int batch);
}
