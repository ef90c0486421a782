package dev.picloud.allinone;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A split deployment on loopback, each service its own JVM: one manager, one orchestrator, N executors, on a real
 * PostgreSQL.
 */
final class Cluster implements AutoCloseable {
  final ServiceProcess manager;
  final List<ServiceProcess> orchestrators = new ArrayList<>();
  final List<ServiceProcess> executors = new ArrayList<>();
  /** Admin API on the manager, user routes on the first orchestrator. */
  final Api api;
  private final String token;

  private Cluster(
      ServiceProcess manager, List<ServiceProcess> orchestrators, List<ServiceProcess> executors, String token) {
    this.manager = manager;
    this.orchestrators.addAll(orchestrators);
    this.executors.addAll(executors);
    this.token = token;
    this.api = apiVia(0);
  }

  /** Admin API on the manager, user routes on orchestrator {@code i}. */
  Api apiVia(int i) {
    return new Api(
        "http://127.0.0.1:" + manager.httpPort, "http://127.0.0.1:" + orchestrators.get(i).httpPort, token);
  }

  /**
   * Starts everything and waits until all services answer.
   *
   * @param settings settings for every service (token, gate, body cap...)
   */
  static Cluster start(String databaseUrl, Path dir, Map<String, String> settings, int executorCount) {
    return start(databaseUrl, dir, settings, executorCount, 1);
  }

  /** Starts a cluster with several orchestrators. */
  static Cluster start(
      String databaseUrl, Path dir, Map<String, String> settings, int executorCount, int orchestratorCount) {
    int managerGrpc = ServiceProcess.freePort();
    List<String> executorTargets = new ArrayList<>();
    List<ServiceProcess> executors = new ArrayList<>();
    for (int i = 1; i <= executorCount; i++) {
      int grpc = ServiceProcess.freePort();
      int http = ServiceProcess.freePort();
      executorTargets.add("127.0.0.1:" + grpc);
      Map<String, String> env = new HashMap<>(settings);
      env.put("PICLOUD_BIND", "127.0.0.1:" + http);
      env.put("PICLOUD_EXECUTOR_GRPC_BIND", "127.0.0.1:" + grpc);
      env.put("PICLOUD_MANAGER_ADDRESS", "127.0.0.1:" + managerGrpc);
      env.put("PICLOUD_EXECUTOR_ID", "exec-" + i);
      executors.add(new ServiceProcess("executor-" + i, "dev.picloud.executor.Main", env, http, dir));
    }
    String executorList = String.join(",", executorTargets);
    int managerHttp = ServiceProcess.freePort();
    Map<String, String> managerEnv = new HashMap<>(settings);
    managerEnv.put("DATABASE_URL", databaseUrl);
    managerEnv.put("PICLOUD_BIND", "127.0.0.1:" + managerHttp);
    managerEnv.put("PICLOUD_MANAGER_GRPC_BIND", "127.0.0.1:" + managerGrpc);
    managerEnv.put("PICLOUD_EXECUTORS", executorList);
    managerEnv.put("PICLOUD_DATA_DIR", dir.resolve("manager-data").toString());
    ServiceProcess manager =
        new ServiceProcess("manager", "dev.picloud.manager.Main", managerEnv, managerHttp, dir);
    List<ServiceProcess> orchestrators = new ArrayList<>();
    for (int i = 1; i <= orchestratorCount; i++) {
      int orchestratorHttp = ServiceProcess.freePort();
      Map<String, String> orchestratorEnv = new HashMap<>(settings);
      orchestratorEnv.put("PICLOUD_BIND", "127.0.0.1:" + orchestratorHttp);
      orchestratorEnv.put("PICLOUD_MANAGER_ADDRESS", "127.0.0.1:" + managerGrpc);
      orchestratorEnv.put("PICLOUD_EXECUTORS", executorList);
      orchestrators.add(
          new ServiceProcess(
              "orchestrator-" + i, "dev.picloud.orchestrator.Main", orchestratorEnv, orchestratorHttp, dir));
    }
    Cluster cluster = new Cluster(manager, orchestrators, executors, settings.get("PICLOUD_ADMIN_TOKEN"));
    try {
      manager.start().awaitHealthy(Duration.ofSeconds(90));
      executors.forEach(ServiceProcess::start);
      orchestrators.forEach(ServiceProcess::start);
      for (ServiceProcess e : executors) {
        e.awaitHealthy(Duration.ofSeconds(90));
      }
      for (ServiceProcess o : orchestrators) {
        o.awaitHealthy(Duration.ofSeconds(90));
      }
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  @Override
  public void close() {
    List<ServiceProcess> all = new ArrayList<>(orchestrators);
    all.addAll(executors);
    all.add(manager);
    for (ServiceProcess p : all) {
      try {
        p.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
