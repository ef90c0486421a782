package dev.picloud.orchestrator.dispatch;

import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;

/** Told about every run the dispatcher handles; the execution log implements it. Must not block. */
public interface ExecutionListener {
  /** A run finished (successfully or not). */
  void finished(ExecRequest request, ExecResponse response, Target target, long totalMicros);

  /** A request was refused by the full concurrency gate. */
  void refused(String executionId, Target target, String method, String path);

  /** A listener that ignores everything. */
  ExecutionListener NONE =
      new ExecutionListener() {
        @Override
        public void finished(ExecRequest request, ExecResponse response, Target target, long totalMicros) {}

        @Override
        public void refused(String executionId, Target target, String method, String path) {}
      };
}
