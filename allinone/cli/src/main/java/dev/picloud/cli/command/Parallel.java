package dev.picloud.cli.command;

import dev.picloud.cli.api.InterruptedRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/** Requests made side by side (a few at a time, so a long list does not open a connection per item). */
final class Parallel {
  /** Requests in flight at once. */
  static final int REQUESTS = 8;

  private Parallel() {}

  /**
   * {@code call} applied to each item, results in the items' order; the first failure is rethrown as it was.
   *
   * @throws InterruptedRequestException when interrupted while waiting
   */
  static <T, R> List<R> map(List<T> items, Function<T, R> call) {
    if (items.isEmpty()) {
      return List.of();
    }
    Semaphore permits = new Semaphore(REQUESTS);
    List<Future<R>> calls = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (T item : items) {
        calls.add(
            threads.submit(
                () -> {
                  permits.acquire();
                  try {
                    return call.apply(item);
                  } finally {
                    permits.release();
                  }
                }));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> f : calls) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedRequestException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
