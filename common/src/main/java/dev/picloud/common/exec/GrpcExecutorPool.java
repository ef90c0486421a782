package dev.picloud.common.exec;

import dev.picloud.common.error.TransientException;
import dev.picloud.common.grpc.RotatingChannel;
import dev.picloud.common.grpc.GrpcErrors;
import dev.picloud.proto.v1.DescribeRequest;
import dev.picloud.proto.v1.ErrorDetail;
import dev.picloud.proto.v1.ExecRequest;
import dev.picloud.proto.v1.ExecResponse;
import dev.picloud.proto.v1.ExecutorGrpc;
import dev.picloud.proto.v1.Outcome;
import dev.picloud.proto.v1.ValidateRequest;
import dev.picloud.proto.v1.ValidateResponse;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs (and validates) scripts on a pool of executors over gRPC.
 *
 * <ul>
 *   <li><b>Spreading.</b> Each request goes to the healthy executor with the fewest requests outstanding from this
 *       orchestrator (ties broken at random).
 *   <li><b>Health.</b> Each executor has one HTTP/2 channel; its connectivity state, reported by grpc-java as it
 *       changes (no polling), says whether it is usable. A channel in failure reconnects by itself with backoff and
 *       becomes usable again when the executor is back.
 *   <li><b>Failover.</b> A request that could not be delivered — the connection could not be made — is sent to the
 *       next executor. A request an executor may already have started is never sent again: if its executor dies,
 *       the answer is a 502 {@code ErrorExecutorLost}.
 *   <li><b>Discovery.</b> With {@code dns:///name:port} the name is resolved again (in the background, never on the
 *       request path after the first time) when a target fails or at most every 10 s while requests flow.
 * </ul>
 */
public final class GrpcExecutorPool implements ExecutorClient, ScriptValidator {
  private static final System.Logger LOG = System.getLogger(GrpcExecutorPool.class.getName());
  private static final long REFRESH_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final long QUARANTINE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long RECONNECT_NUDGE_NANOS = TimeUnit.SECONDS.toNanos(2);
  private static final long RECONNECT_WAIT_MS = 1_000;

  private final ExecutorEndpoints endpoints;
  private final Duration defaultTimeout;
  private final Map<String, Endpoint> pool = new ConcurrentHashMap<>();
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile long lastRefresh;

  /** One executor: its channel, requests outstanding, and whether it is usable. */
  private static final class Endpoint {
    final String target;
    final RotatingChannel channels;
    final AtomicInteger outstanding = new AtomicInteger();
    volatile ConnectivityState state;
    volatile long quarantinedUntil;
    volatile long lastNudge;

    Endpoint(String target) {
      this.target = target;
      this.channels = new RotatingChannel(target, c -> watch(c, c.getState(true)));
    }

    /** A stub for one call. */
    ExecutorGrpc.ExecutorBlockingStub stub() {
      return ExecutorGrpc.newBlockingStub(channels.forCall());
    }

    /** The current channel (connectivity checks). */
    ManagedChannel channel() {
      return channels.channel();
    }

    /** Follows the connectivity of the endpoint's current channel; a replaced channel's changes are ignored. */
    private void watch(ManagedChannel c, ConnectivityState now) {
      RotatingChannel rotating = channels; // null while the first channel is being created
      if (rotating != null && c != rotating.channel()) {
        return;
      }
      state = now;
      if (now != ConnectivityState.SHUTDOWN) {
        c.notifyWhenStateChanged(now, () -> watch(c, c.getState(false)));
      }
    }

    boolean usable(long now) {
      return state != ConnectivityState.TRANSIENT_FAILURE && state != ConnectivityState.SHUTDOWN && now >= quarantinedUntil;
    }
  }

  /**
   * @param endpoints where the executors are
   * @param defaultTimeout the bound used when a request names neither a deadline nor a timeout
   */
  public GrpcExecutorPool(ExecutorEndpoints endpoints, Duration defaultTimeout) {
    this.endpoints = endpoints;
    this.defaultTimeout = defaultTimeout;
    refresh();
  }

  @Override
  public ExecResponse execute(ExecRequest request) {
    if (endpoints.dynamic() && System.nanoTime() - lastRefresh > REFRESH_NANOS) {
      refreshInBackground();
    }
    nudgeFailedChannels();
    Set<Endpoint> tried = new HashSet<>();
    while (true) {
      Endpoint e = pick(tried);
      if (e == null) {
        refreshInBackground();
        throw new TransientException(
            "no executor could take the request (tried " + tried.size() + " of " + pool.size() + ")");
      }
      tried.add(e);
      if (!e.usable(System.nanoTime()) && !awaitReady(e)) {
        continue;
      }
      long deadlineMs = GrpcExecutorClient.deadlineMillis(request, defaultTimeout);
      e.outstanding.incrementAndGet();
      try {
        return e.stub().withDeadlineAfter(deadlineMs, TimeUnit.MILLISECONDS).execute(request);
      } catch (StatusRuntimeException ex) {
        Status.Code code = ex.getStatus().getCode();
        if (code == Status.Code.DEADLINE_EXCEEDED) {
          return GrpcExecutorClient.timeout(e.target, deadlineMs);
        }
        if (notDelivered(ex)) {
          e.quarantinedUntil = System.nanoTime() + QUARANTINE_NANOS;
          LOG.log(Level.DEBUG, "Executor {0} unreachable, trying another: {1}", e.target, ex.getStatus());
          refreshInBackground();
          continue;
        }
        if (code == Status.Code.UNAVAILABLE || code == Status.Code.CANCELLED || code == Status.Code.UNKNOWN) {
          e.quarantinedUntil = System.nanoTime() + QUARANTINE_NANOS;
          return lost(e.target, ex);
        }
        throw GrpcErrors.fromStatus(ex, "executor " + e.target);
      } finally {
        e.outstanding.decrementAndGet();
      }
    }
  }

  @Override
  public Set<String> languages() {
    return new java.util.LinkedHashSet<>(
        idempotent(stub -> stub.describe(DescribeRequest.getDefaultInstance())).getLanguagesList());
  }

  @Override
  public java.util.Optional<SyntaxProblem> validate(String language, String source) {
    ValidateResponse r =
        idempotent(stub -> stub.validate(ValidateRequest.newBuilder().setLanguage(language).setSource(source).build()));
    return r.getValid()
        ? java.util.Optional.empty()
        : java.util.Optional.of(new SyntaxProblem(r.getKind(), r.getMessage(), r.getLine(), r.getColumn()));
  }

  /** Runs a call that is safe to repeat on the next executor whenever one is unavailable. */
  private <T> T idempotent(java.util.function.Function<ExecutorGrpc.ExecutorBlockingStub, T> call) {
    Set<Endpoint> tried = new HashSet<>();
    StatusRuntimeException last = null;
    while (true) {
      Endpoint e = pick(tried);
      if (e == null) {
        refreshInBackground();
        throw new TransientException(
            "no executor answered (tried " + tried.size() + ")"
                + (last == null ? "" : ": " + last.getStatus().getCode() + " " + last.getStatus().getDescription()));
      }
      tried.add(e);
      if (!e.usable(System.nanoTime()) && !awaitReady(e)) {
        continue;
      }
      try {
        return call.apply(e.stub().withDeadlineAfter(10, TimeUnit.SECONDS));
      } catch (StatusRuntimeException ex) {
        if (ex.getStatus().getCode() != Status.Code.UNAVAILABLE
            && ex.getStatus().getCode() != Status.Code.DEADLINE_EXCEEDED) {
          throw GrpcErrors.fromStatus(ex, "executor " + e.target);
        }
        last = ex;
      }
    }
  }

  /**
   * Gives an executor that looks down one more chance: a channel in failure rejects calls at once until its backoff
   * expires, so it is told to reconnect now, and the caller waits up to {@value #RECONNECT_WAIT_MS} ms for it.
   */
  private static boolean awaitReady(Endpoint e) {
    e.channel().resetConnectBackoff();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RECONNECT_WAIT_MS);
    ManagedChannel channel = e.channel();
    ConnectivityState state = channel.getState(true);
    while (state != ConnectivityState.READY && System.nanoTime() < deadline) {
      java.util.concurrent.CountDownLatch changed = new java.util.concurrent.CountDownLatch(1);
      channel.notifyWhenStateChanged(state, changed::countDown);
      try {
        if (!changed.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
          break;
        }
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return false;
      }
      state = channel.getState(true);
    }
    return state == ConnectivityState.READY;
  }

  /**
   * grpc-java reconnects a failed channel with exponential backoff (up to minutes); while requests flow, a failed
   * channel is told to retry at most every 2 s, so an executor that comes back takes load within seconds.
   */
  private void nudgeFailedChannels() {
    long now = System.nanoTime();
    for (Endpoint e : pool.values()) {
      if (e.state == ConnectivityState.TRANSIENT_FAILURE && now - e.lastNudge > RECONNECT_NUDGE_NANOS) {
        e.lastNudge = now;
        e.channel().resetConnectBackoff();
      }
    }
  }

  private Endpoint pick(Set<Endpoint> tried) {
    long now = System.nanoTime();
    Endpoint best = null;
    int bestLoad = Integer.MAX_VALUE;
    int ties = 0;
    Endpoint fallback = null;
    for (Endpoint e : pool.values()) {
      if (tried.contains(e)) {
        continue;
      }
      if (!e.usable(now)) {
        if (fallback == null || e.outstanding.get() < fallback.outstanding.get()) {
          fallback = e;
        }
        continue;
      }
      int load = e.outstanding.get();
      if (load < bestLoad) {
        best = e;
        bestLoad = load;
        ties = 1;
      } else if (load == bestLoad && ThreadLocalRandom.current().nextInt(++ties) == 0) {
        best = e;
      }
    }
    // When no executor looks healthy, still try one: it may have come back before its channel noticed.
    return best != null ? best : fallback;
  }

  /** Whether the call failed before reaching an executor (it can safely go to another). */
  static boolean notDelivered(StatusRuntimeException ex) {
    if (ex.getStatus().getCode() != Status.Code.UNAVAILABLE) {
      return false;
    }
    for (Throwable t = ex.getStatus().getCause(); t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException) {
        return true;
      }
    }
    String description = String.valueOf(ex.getStatus().getDescription());
    // REFUSED_STREAM: the server guarantees it did not process the stream (RFC 9113 §8.7).
    return description.contains("Connection refused")
        || description.startsWith("Unable to resolve host")
        || description.contains("REFUSED_STREAM");
  }

  private static ExecResponse lost(String target, StatusRuntimeException ex) {
    return ExecResponse.newBuilder()
        .setOutcome(Outcome.OUTCOME_PLATFORM_ERROR)
        .setStatusCode(502)
        .setError(
            ErrorDetail.newBuilder()
                .setKind("ErrorExecutorLost")
                .setMessage(
                    "the executor at " + target + " failed while handling the request (" + ex.getStatus().getCode()
                        + "); it was not retried because it may have run"))
        .build();
  }

  private void refreshInBackground() {
    if (endpoints.dynamic() && refreshing.compareAndSet(false, true)) {
      Thread.ofVirtual().name("executor-discovery").start(() -> {
        try {
          refresh();
        } finally {
          refreshing.set(false);
        }
      });
    }
  }

  /** Resolves the targets now and opens or closes channels to match. */
  void refresh() {
    lastRefresh = System.nanoTime();
    Set<String> targets;
    try {
      targets = endpoints.resolve();
    } catch (UnknownHostException e) {
      LOG.log(Level.WARNING, "Cannot resolve executors {0}: {1}", endpoints.spec(), e.getMessage());
      return;
    }
    for (String t : targets) {
      pool.computeIfAbsent(t, Endpoint::new);
    }
    List<String> gone = new ArrayList<>();
    for (String t : pool.keySet()) {
      if (!targets.contains(t)) {
        gone.add(t);
      }
    }
    for (String t : gone) {
      Endpoint e = pool.remove(t);
      if (e != null) {
        e.channels.close();
      }
    }
  }

  /** Targets in the pool and whether each is usable now (for health reporting and tests). */
  public Map<String, Boolean> status() {
    long now = System.nanoTime();
    Map<String, Boolean> out = new java.util.TreeMap<>();
    pool.values().forEach(e -> out.put(e.target, e.usable(now)));
    return out;
  }

  @Override
  public void close() {
    pool.values().forEach(e -> e.channels.close());
    pool.clear();
  }
}
