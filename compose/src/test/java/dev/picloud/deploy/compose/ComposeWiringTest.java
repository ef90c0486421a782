package dev.picloud.deploy.compose;

import static dev.picloud.deploy.compose.ComposeFile.interpolate;
import static dev.picloud.deploy.compose.ComposeFile.port;
import static org.assertj.core.api.Assertions.assertThat;

import dev.picloud.deploy.compose.ComposeFile.Service;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two Compose files, parsed as Compose reads them, checked for consistent wiring: addresses name services that
 * exist and the ports they listen on, published ports reach the HTTP listener, secrets come from the environment,
 * only the manager sees the database, and every variable is a documented setting.
 */
class ComposeWiringTest {
  private static final String SINGLE = "docker-compose.yml";
  private static final String SPLIT = "docker-compose.split.yml";
  private static final Set<String> SECRETS = Set.of("DATABASE_URL", "PICLOUD_ADMIN_TOKEN");

  @Test
  void singleNodeIsPostgresAndTheAllInOne() {
    ComposeFile compose = ComposeFile.load(SINGLE);
    assertThat(compose.services()).containsOnlyKeys("postgres", "picloud");
    assertThat(compose.service("picloud").role()).contains("allinone");
  }

  @Test
  void splitIsPostgresAndOneServicePerTierWithSeveralExecutors() {
    ComposeFile compose = ComposeFile.load(SPLIT);
    assertThat(compose.services()).containsOnlyKeys("postgres", "manager", "orchestrator", "executor");
    for (String role : List.of("manager", "orchestrator", "executor")) {
      assertThat(compose.service(role).role()).contains(role);
    }
    assertThat(ComposeFile.map(compose.service("executor").get("deploy")).get("replicas")).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {SINGLE, SPLIT})
  void everyPiCloudContainerRunsTheImageWithARoleItsEntrypointKnows(String file) {
    Map<String, String> roles = Entrypoint.roles();
    for (Service service : ComposeFile.load(file).picloudServices()) {
      assertThat(roles).as(service.name()).containsKey(service.role().orElseThrow());
      Map<String, Object> build = ComposeFile.map(service.get("build"));
      Path context = ComposeFile.DIR.resolve(String.valueOf(build.get("context")));
      assertThat(context.resolve(String.valueOf(build.get("dockerfile")))).as(service.name()).exists();
      assertThat(context.resolve("pom.xml")).as("the build context is the repository root").exists();
      assertThat(interpolate(String.valueOf(service.get("image"))))
          .isEqualTo("picloud:" + System.getProperty("picloud.version"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {SINGLE, SPLIT})
  void everyServiceHasAHealthCheckAndPiCloudUsesTheEntrypointsOwn(String file) {
    for (Service service : ComposeFile.load(file).services().values()) {
      assertThat(service.healthcheck()).as(service.name()).isNotEmpty();
      if (service.role().isPresent()) {
        assertThat(service.healthcheck()).as(service.name()).containsExactly("CMD", "picloud-entrypoint", "healthcheck");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {SINGLE, SPLIT})
  void piCloudContainersAreLockedDownAndGetTimeToDrain(String file) {
    for (Service service : ComposeFile.load(file).picloudServices()) {
      assertThat(service.get("read_only")).as(service.name()).isEqualTo(true);
      assertThat(ComposeFile.strings(service.get("tmpfs"))).as(service.name()).contains("/tmp");
      assertThat(ComposeFile.strings(service.get("cap_drop"))).as(service.name()).contains("ALL");
      assertThat(ComposeFile.strings(service.get("security_opt"))).contains("no-new-privileges:true");
      Duration stop = Duration.parse("PT" + String.valueOf(service.get("stop_grace_period")).toUpperCase());
      assertThat(stop).as(service.name() + " stop_grace_period > PICLOUD_SHUTDOWN_GRACE").isGreaterThan(Duration.ofSeconds(10));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {SINGLE, SPLIT})
  void everyPiCloudVariableIsADocumentedSetting(String file) {
    Set<String> documented = DocumentedSettings.names();
    for (Service service : ComposeFile.load(file).picloudServices()) {
      assertThat(service.environment().keySet()).as(service.name()).isNotEmpty();
      assertThat(documented).as(service.name()).containsAll(service.environment().keySet());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {SINGLE, SPLIT})
  void publishedPortsReachTheHttpListener(String file) {
    for (Service service : ComposeFile.load(file).picloudServices()) {
      int http = port(service.environment().get("PICLOUD_BIND"));
      assertThat(service.publishedContainerPorts()).as(service.name()).allMatch(p -> p == http);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {SINGLE, SPLIT})
  void onlyTheManagerSeesTheDatabaseAndTheTokenAndBothComeFromTheEnvironment(String file) {
    ComposeFile compose = ComposeFile.load(file);
    Service postgres = compose.service("postgres");
    Map<String, String> pg = postgres.environment();
    for (Service service : compose.picloudServices()) {
      Map<String, String> env = service.environment();
      boolean controlPlane = Set.of("manager", "allinone").contains(service.role().orElseThrow());
      if (!controlPlane) {
        assertThat(env).as(service.name()).doesNotContainKeys("DATABASE_URL", "PICLOUD_ADMIN_TOKEN");
        continue;
      }
      assertThat(interpolate(env.get("PICLOUD_ADMIN_TOKEN"))).as("token from .env").isEqualTo("__PICLOUD_ADMIN_TOKEN__");
      URI db = URI.create(interpolate(env.get("DATABASE_URL")));
      assertThat(db.getScheme()).isEqualTo("postgres");
      assertThat(db.getHost()).isEqualTo(postgres.name());
      assertThat(db.getPort()).isEqualTo(5432);
      assertThat(db.getPath()).isEqualTo("/" + pg.get("POSTGRES_DB"));
      assertThat(db.getUserInfo()).isEqualTo(pg.get("POSTGRES_USER") + ":" + interpolate(pg.get("POSTGRES_PASSWORD")));
      assertThat(interpolate(pg.get("POSTGRES_PASSWORD"))).as("password from .env").isEqualTo("__POSTGRES_PASSWORD__");
      assertThat(service.dependsOn()).as(service.name()).containsEntry(postgres.name(), "service_healthy");
    }
    for (Service service : compose.picloudServices()) {
      for (String secret : SECRETS) {
        String value = service.environment().get(secret);
        if (value != null) {
          assertThat(ComposeFile.variables(value)).as(service.name() + " " + secret + " is interpolated").isNotEmpty();
        }
      }
    }
  }

  @Test
  void orchestratorAndExecutorsFindTheManagerWhereItListens() {
    ComposeFile compose = ComposeFile.load(SPLIT);
    Service manager = compose.withRole("manager").get(0);
    int grpc = port(manager.environment().getOrDefault("PICLOUD_MANAGER_GRPC_BIND", "0.0.0.0:9090"));
    for (String role : List.of("orchestrator", "executor")) {
      Service service = compose.withRole(role).get(0);
      URI address = URI.create("grpc://" + service.environment().get("PICLOUD_MANAGER_ADDRESS"));
      assertThat(address.getHost()).as(role).isEqualTo(manager.name());
      assertThat(address.getPort()).as(role).isEqualTo(grpc);
      assertThat(service.dependsOn()).as(role).containsEntry(manager.name(), "service_healthy");
    }
  }

  @Test
  void orchestratorAndManagerResolveEveryExecutorReplicaByName() {
    ComposeFile compose = ComposeFile.load(SPLIT);
    Service executor = compose.withRole("executor").get(0);
    int grpc = port(executor.environment().getOrDefault("PICLOUD_EXECUTOR_GRPC_BIND", "0.0.0.0:9091"));
    for (String role : List.of("orchestrator", "manager")) {
      String target = compose.withRole(role).get(0).environment().get("PICLOUD_EXECUTORS");
      assertThat(target).as(role).startsWith("dns:///");
      URI address = URI.create("grpc://" + target.substring("dns:///".length()));
      assertThat(address.getHost()).as(role).isEqualTo(executor.name());
      assertThat(address.getPort()).as(role).isEqualTo(grpc);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {SINGLE, SPLIT})
  void everyInterpolatedVariableIsExplainedInTheEnvExample(String file) throws Exception {
    String example = Files.readString(ComposeFile.DIR.resolve(".env.example"));
    for (String variable : ComposeFile.variables(Files.readString(ComposeFile.DIR.resolve(file)))) {
      assertThat(example).as(variable).containsPattern("(?m)^#? ?" + variable + "=");
    }
  }
}
