package dev.picloud.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Dockerfile, read as instructions (no Docker engine here): it packages what the build produces, runs as the
 * user the Helm chart expects, and starts through the entrypoint.
 */
class DockerfileTest {
  private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
  private static final Path ROOT = Path.of("..");

  /** One instruction, continuation lines joined. */
  record Instruction(String keyword, String arguments) {}

  private static List<Instruction> instructions;

  @BeforeAll
  static void parse() throws Exception {
    instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(DOCKERFILE)) {
      String trimmed = line.strip();
      if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      current.append(trimmed);
      String text = current.toString();
      int space = text.indexOf(' ');
      instructions.add(new Instruction(text.substring(0, space).toUpperCase(), text.substring(space + 1).strip()));
      current.setLength(0);
    }
  }

  private static List<Instruction> all(String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  /** The instructions of the last stage (the image that ships). */
  private static List<Instruction> finalStage() {
    int from = 0;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).keyword().equals("FROM")) {
        from = i;
      }
    }
    return instructions.subList(from, instructions.size());
  }

  private static String arg(String name) {
    Pattern p = Pattern.compile("^" + name + "=(\\S+)$");
    return instructions.stream()
        .filter(i -> i.keyword().equals("ARG"))
        .map(i -> p.matcher(i.arguments()))
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ARG " + name));
  }

  @Test
  void buildsOnTheTemurin25Jre() {
    assertThat(arg("JRE_IMAGE")).isEqualTo("eclipse-temurin:25-jre");
    assertThat(all("FROM")).allSatisfy(from -> assertThat(from.arguments()).startsWith("${JRE_IMAGE}"));
  }

  @Test
  void copiesWhatTheAllInOneModuleBuilds() throws Exception {
    String pom = Files.readString(ROOT.resolve("allinone/pom.xml"));
    assertThat(pom).contains("<finalName>picloud</finalName>").contains("<outputDirectory>${project.build.directory}/libs</outputDirectory>")
        .contains("<classpathPrefix>libs/</classpathPrefix>");
    List<String> sources = new ArrayList<>();
    for (Instruction copy : all("COPY")) {
      if (!copy.arguments().contains("--from=")) {
        String[] words = copy.arguments().replaceAll("--chmod=\\S+ ", "").split("\\s+");
        sources.add(words[0]);
      }
    }
    assertThat(sources).containsExactlyInAnyOrder(
        "allinone/target/libs/", "allinone/target/picloud.jar", "compose/docker/picloud-entrypoint");
    assertThat(ROOT.resolve("compose/docker/picloud-entrypoint")).isExecutable();
  }

  @Test
  void theDockerIgnoreFileLetsThroughExactlyWhatIsCopied() throws Exception {
    List<String> allowed = Files.readAllLines(Path.of("docker", "Dockerfile.dockerignore")).stream()
        .filter(l -> l.startsWith("!"))
        .map(l -> l.substring(1))
        .toList();
    assertThat(Files.readAllLines(Path.of("docker", "Dockerfile.dockerignore"))).contains("*");
    assertThat(allowed).containsExactlyInAnyOrder(
        "allinone/target/picloud.jar", "allinone/target/libs/", "compose/docker/picloud-entrypoint");
  }

  @Test
  void runsAsTheNonRootUserTheHelmChartExpects() throws Exception {
    List<Instruction> users = finalStage().stream().filter(i -> i.keyword().equals("USER")).toList();
    assertThat(users).hasSize(1);
    String uid = arg("PICLOUD_UID");
    assertThat(users.get(0).arguments()).isEqualTo("${PICLOUD_UID}:${PICLOUD_UID}");
    assertThat(Integer.parseInt(uid)).isGreaterThan(0);
    Object values = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(ROOT.resolve("helm/picloud/values.yaml")));
    Map<String, Object> pod = ComposeFile.map(ComposeFile.map(values).get("podSecurityContext"));
    assertThat(pod.get("runAsUser")).hasToString(uid);
    assertThat(pod.get("runAsGroup")).hasToString(uid);
  }

  @Test
  void startsThroughTheEntrypointAndChecksHealthWithIt() {
    List<Instruction> stage = finalStage();
    assertThat(stage).filteredOn(i -> i.keyword().equals("ENTRYPOINT")).singleElement()
        .extracting(Instruction::arguments).isEqualTo("[\"picloud-entrypoint\"]");
    assertThat(stage).filteredOn(i -> i.keyword().equals("HEALTHCHECK")).singleElement()
        .extracting(Instruction::arguments).asString().endsWith("CMD [\"picloud-entrypoint\", \"healthcheck\"]");
    assertThat(stage).noneMatch(i -> i.keyword().equals("CMD"));
  }

  @Test
  void setsOnlyDocumentedSettingsAndExposesTheDefaultPorts() {
    List<String> names = new ArrayList<>();
    for (Instruction env : all("ENV")) {
      for (String assignment : env.arguments().split("\\s+")) {
        names.add(assignment.substring(0, assignment.indexOf('=')));
      }
    }
    assertThat(names).contains("PICLOUD_HOME", "PICLOUD_DATA_DIR", "PICLOUD_BIND");
    assertThat(DocumentedSettings.names()).containsAll(names);
    assertThat(all("EXPOSE")).singleElement().extracting(Instruction::arguments).isEqualTo("8080 9090 9091");
  }
}
