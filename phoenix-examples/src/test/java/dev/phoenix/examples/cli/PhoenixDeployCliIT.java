package dev.phoenix.examples.cli;

import static dev.phoenix.testing.TestStacks.PROJECT_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestStacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine commands against the real engine, run in-process as a user runs them: deploy in
 * text and JSON, plan, ps, a no-op redeploy, down, and the exit status of each kind of failure.
 * Each test deploys a stack of its own name and removes everything labelled with it afterwards.
 */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class PhoenixDeployCliIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  DockerClient docker;
  String project;
  Path compose;

  @BeforeEach
  void setUp(DockerClient docker) throws IOException {
    this.docker = docker;
    this.project = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
    String image = TestImages.busybox(docker);
    // seed fills a volume, web serves it once seed has completed, worker loops: the demo's shape.
    compose = Files.writeString(dir.resolve("compose.yaml"), """
        x-common: &common
          image: %s
          labels:
            dev.phoenix.test: "true"
        services:
          seed:
            <<: *common
            command: ["sh", "-c", "echo seeded > /data/index.html"]
            volumes: [site:/data]
          web:
            <<: *common
            command: ["sh", "-c", "trap 'exit 0' TERM; httpd -f -p 8080 -h /srv/www & wait"]
            ports: ["127.0.0.1::8080"]
            volumes: [site:/srv/www:ro]
            depends_on:
              seed: {condition: service_completed_successfully}
            healthcheck:
              test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
              interval: 1s
              retries: 30
          worker:
            <<: *common
            command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1 & wait $$!; done"]
        volumes:
          site: {}
        """.formatted(image));
  }

  @AfterEach
  void removeEverythingOfTheStack() {
    TestStacks.removeAll(docker, project);
    docker.listVolumesCmd().withFilter("label", List.of(PROJECT_LABEL + "=" + project)).exec().getVolumes()
        .forEach(volume -> docker.removeVolumeCmd(volume.getName()).exec());
  }

  private CliResult run(String... args) {
    return CliResult.run(System.getenv(), args);
  }

  private List<Container> containers() {
    return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(PROJECT_LABEL, project)).exec();
  }

  @Test
  void planDeployPsRedeployAndDownInText() {
    CliResult plan = run("plan", "-f", compose.toString(), "-p", project);
    assertThat(plan.status()).as(plan.err()).isZero();
    assertThat(plan.out()).contains("plan for stack " + project)
        .containsPattern("create +container +" + project + "-web-1 +web")
        .endsWith("kept\n");
    assertThat(containers()).isEmpty();

    CliResult deploy = run("deploy", "-f", compose.toString(), "-p", project, "--wait", "--timeout", "90s");
    assertThat(deploy.status()).as(deploy.err()).isZero();
    assertThat(deploy.out()).contains("creating  container " + project + "-web-1\n")
        .contains("healthy   container " + project + "-web-1\n")
        .containsPattern("stack " + project + " deployed in [0-9.]+ s: 3 created, 0 recreated, 0 kept\n$");
    List<String> ids = containers().stream().map(Container::getId).sorted().toList();
    assertThat(ids).hasSize(3);

    CliResult ps = run("ps", "-p", project);
    assertThat(ps.status()).as(ps.err()).isZero();
    assertThat(ps.out()).contains(project + "-web-1").contains(project + "-seed-1").contains(project + "-worker-1")
        .contains("127.0.0.1:").contains("volumes:  " + project + "_site");

    CliResult again = run("deploy", "-f", compose.toString(), "-p", project, "--wait");
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.out()).endsWith("\nup to date: nothing to do (stack " + project + ", 2 containers up)\n")
        .doesNotContain("creating").doesNotContain("building").doesNotContain("started");
    assertThat(containers().stream().map(Container::getId).sorted().toList()).isEqualTo(ids);

    CliResult keep = run("down", "-p", project);
    assertThat(keep.status()).as(keep.err()).isZero();
    assertThat(keep.out()).contains("stack " + project + " removed: 3 containers, 1 network, 0 volumes");
    assertThat(containers()).isEmpty();
    assertThat(docker.inspectVolumeCmd(project + "_site").exec().getName()).isEqualTo(project + "_site");

    CliResult down = run("down", "-p", project, "-v");
    assertThat(down.status()).as(down.err()).isZero();
    assertThat(docker.listVolumesCmd().withFilter("name", List.of(project + "_site")).exec().getVolumes()).isEmpty();
    assertThat(run("ps", "-p", project).out()).isEqualTo("no stack named " + project + " on this engine\n");
  }

  @Test
  void jsonLinesForDeployAndDocumentsForPlanAndPs() throws IOException {
    CliResult deploy = run("deploy", "-f", compose.toString(), "-p", project, "--wait", "--output", "json");
    assertThat(deploy.status()).as(deploy.err()).isZero();
    List<JsonNode> lines = deploy.jsonLines();
    assertThat(lines).anySatisfy(line -> {
      assertThat(line.get("type").asText()).isEqualTo("creating");
      assertThat(line.get("name").asText()).isEqualTo(project + "-web-1");
      assertThat(line.get("stack").asText()).isEqualTo(project);
    });
    JsonNode result = lines.get(lines.size() - 1);
    assertThat(result.get("type").asText()).isEqualTo("result");
    assertThat(result.get("status").asText()).isEqualTo("deployed");
    assertThat(result.get("containers").get("create").asInt()).isEqualTo(3);
    assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> assertThat(line.get("time").asText()).isNotEmpty());

    JsonNode plan = JSON.readTree(run("plan", "-f", compose.toString(), "-p", project, "--output", "json").out());
    assertThat(plan.get("noop").asBoolean()).isTrue();
    assertThat(plan.get("changes")).allSatisfy(change -> assertThat(change.get("action").asText()).isEqualTo("keep"));

    JsonNode ps = JSON.readTree(run("ps", "-p", project, "--output", "json").out());
    assertThat(ps.get("containers")).hasSize(3);
    assertThat(ps.get("containers")).anySatisfy(container -> {
      assertThat(container.get("service").asText()).isEqualTo("web");
      assertThat(container.get("health").asText()).isEqualTo("healthy");
    });

    List<JsonNode> again = run("deploy", "-f", compose.toString(), "-p", project, "--output", "json").jsonLines();
    assertThat(again.get(again.size() - 1).get("status").asText()).isEqualTo("unchanged");

    List<JsonNode> down = run("down", "-p", project, "-v", "--output", "json").jsonLines();
    assertThat(down.get(down.size() - 1).get("status").asText()).isEqualTo("removed");
  }

  @Test
  void aServiceThatExitsFailsTheWaitWithItsLogLines() throws IOException {
    Path failing = Files.writeString(dir.resolve("failing.yaml"), """
        services:
          broken:
            image: %s
            command: ["sh", "-c", "echo cannot-reach-the-database; exit 1"]
            labels:
              dev.phoenix.test: "true"
        """.formatted(TestImages.busybox(docker)));

    CliResult result = run("deploy", "-f", failing.toString(), "-p", project, "--wait", "--timeout", "60s");

    assertThat(result.status()).as(result.out()).isEqualTo(1);
    assertThat(result.err()).startsWith("phoenix: ").contains("broken").contains("cannot-reach-the-database")
        .doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void aBadFileIsBadInputWithItsPosition() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "services:\n  web:\n    image: x\n    ports: 80\n");

    CliResult result = run("deploy", "-f", bad.toString(), "-p", project);

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith(bad + ":4:12: ").doesNotContain("\tat ");
    assertThat(containers()).isEmpty();
  }

  @Test
  void anEngineThatDoesNotAnswerIsExitThree() {
    for (String[] args : List.of(new String[] {"ps", "-p", project, "--host", "tcp://127.0.0.1:1"},
        new String[] {"deploy", "-f", compose.toString(), "-p", project, "--host", "tcp://127.0.0.1:1"})) {
      CliResult result = run(args);
      assertThat(result.status()).as(result.err()).isEqualTo(3);
      assertThat(result.err()).startsWith("phoenix: ").contains("127.0.0.1:1").doesNotContain("\tat ");
    }
  }
}
