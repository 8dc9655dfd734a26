package dev.phoenix.core.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.phoenix.core.engine.DockerEngineTarget;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestStacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync through a staging area that the engine sees at another path: a shared directory
 * ({@code share}) is seen by the daemon through a symbolic link ({@code share-view}), as an NFS
 * share is mounted at one path on the writer and another on the daemon's host. The stacks'
 * sources lie in the share too, so their bind mounts are visible to the daemon.
 */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class StackSyncStagingIT {
  private static final String PROJECT_LABEL = "com.docker.compose.project";
  private static final String COMPOSE = """
      services:
        app:
          image: phoenix-test/busybox:latest
          command: ["sleep", "600"]
          stop_signal: SIGKILL
          volumes:
            - %s:/srv/html:ro
      """;

  @TempDir
  Path tmp;
  Path share;
  Path view;
  Path sources;
  DockerClient docker;
  DockerEngineTarget target;
  String prefix;
  String web;
  String blog;

  @BeforeEach
  void setUp(DockerClient docker) throws IOException {
    this.docker = docker;
    TestImages.busybox(docker);
    target = DockerEngineTarget.of(docker);
    share = Files.createDirectory(tmp.resolve("share"));
    view = Files.createSymbolicLink(tmp.resolve("share-view"), share);
    sources = Files.createDirectory(share.resolve("sources"));
    prefix = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
    web = prefix + "-web";
    blog = prefix + "-blog";
    writeStack(web, "./html", "hello from web");
    writeStack(blog, "./html", "hello from blog");
    Files.writeString(sources.resolve(web).resolve("phoenix.json"),
        "{ \"services\": { \"app\": { \"labels\": { \"team\": \"web\" } } } }");
  }

  @AfterEach
  void removeEverythingOfThisRun() {
    TestStacks.removeAll(docker, prefix);
    target.close();
  }

  @Test
  void deploysFromTheStagingAreaAsTheDaemonSeesIt() throws Exception {
    StagingArea staging = StagingArea.open(new PathMapping(share, view));

    SyncReport first = StackSync.to(target).staging(staging, ReaderIdentity.of(1000, 1000)).sync(sources);

    assertThat(first.isOk()).as(first.toTable()).isTrue();
    assertThat(first.stack(web).outcome()).isEqualTo(SyncOutcome.CREATED);
    // The rendered file, manifest applied, was written to the share...
    Path staged = share.resolve(web).resolve("compose.yaml");
    assertThat(Files.readString(staged)).contains("team: web");
    assertThat(Files.readString(sources.resolve(web).resolve("compose.yaml"))).doesNotContain("team");
    // ...and the engine was told the daemon's paths: the labels, and the bind mount's source.
    InspectContainerResponse container = docker.inspectContainerCmd(web + "-app-1").exec();
    assertThat(container.getConfig().getLabels())
        .containsEntry("team", "web")
        .containsEntry("com.docker.compose.project.config_files", view.resolve(web).resolve("compose.yaml").toString())
        .containsEntry("com.docker.compose.project.working_dir", view.resolve(web).toString());
    assertThat(container.getMounts()).singleElement().satisfies(mount -> {
      assertThat(mount.getSource()).isIn(view.resolve("sources").resolve(web).resolve("html").toString(),
          share.resolve("sources").resolve(web).resolve("html").toString());
      assertThat(mount.getDestination().getPath()).isEqualTo("/srv/html");
    });
    assertThat(container.getHostConfig().getBinds()).singleElement()
        .satisfies(bind -> assertThat(bind.getPath()).isEqualTo(view.resolve("sources").resolve(web).resolve("html")
            .toString()));
    assertThat(exec(web + "-app-1", "cat", "/srv/html/index.html")).isEqualTo("hello from web");

    SyncReport second = StackSync.to(target).staging(staging, ReaderIdentity.of(1000, 1000)).sync(sources);

    assertThat(second.stack(web).outcome()).isEqualTo(SyncOutcome.UNCHANGED);
    assertThat(second.stack(blog).outcome()).isEqualTo(SyncOutcome.UNCHANGED);

    // A stack gone from the directory is recognised by its staged path, and pruned.
    deleteTree(sources.resolve(blog));
    SyncReport pruned = StackSync.to(target).staging(staging, ReaderIdentity.root()).prune(true).sync(sources);

    assertThat(pruned.stack(blog).outcome()).isEqualTo(SyncOutcome.PRUNED);
    assertThat(target.status(blog).containers()).isEmpty();
    assertThat(target.status(web).containers()).isNotEmpty();
  }

  @Test
  void aHostPathOutsideTheShareIsRefusedBeforeAnythingIsDeployed() throws IOException {
    Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
    writeStack(blog, elsewhere.toString(), "not visible");
    StagingArea staging = StagingArea.open(new PathMapping(share, view));

    SyncReport report = StackSync.to(target).staging(staging, ReaderIdentity.root()).sync(sources);

    assertThat(report.stack(blog).outcome()).isEqualTo(SyncOutcome.BROKEN);
    assertThat(report.stack(blog).message())
        .contains("service app mounts " + elsewhere + " (at /srv/html), outside the staging area " + share)
        .contains("fix: move it under " + share);
    assertThat(target.status(blog).containers()).isEmpty();
    assertThat(report.stack(web).outcome()).isEqualTo(SyncOutcome.CREATED);
  }

  @Test
  void filesTheReaderCannotReadAreExplainedAndNothingIsDeployed() throws IOException {
    Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("rwx------"));
    StagingArea staging = StagingArea.open(new PathMapping(share, view));

    SyncReport report = StackSync.to(target).staging(staging, ReaderIdentity.of(65534, 65534)).sync(sources);

    assertThat(report.stacks()).extracting(SyncResult::outcome).containsOnly(SyncOutcome.BROKEN);
    assertThat(report.stack(web).message())
        .contains("is not readable by the reader (uid 65534 gid 65534)")
        .contains("chmod o+x " + share);
    assertThat(target.status(web).containers()).isEmpty();
    assertThat(target.status(blog).containers()).isEmpty();
  }

  @Test
  void aDryRunWritesNothingToTheShare() {
    StagingArea staging = StagingArea.open(new PathMapping(share, view));

    SyncReport report = StackSync.to(target).staging(staging, ReaderIdentity.root()).dryRun(true).sync(sources);

    assertThat(report.stack(web).outcome()).isEqualTo(SyncOutcome.PLANNED);
    assertThat(share.resolve(web)).doesNotExist();
    assertThat(target.status(web).containers()).isEmpty();
  }

  private void writeStack(String name, String source, String page) throws IOException {
    Path dir = sources.resolve(name);
    Files.createDirectories(dir.resolve("html"));
    Files.writeString(dir.resolve("html").resolve("index.html"), page);
    Files.writeString(dir.resolve("compose.yaml"), COMPOSE.formatted(source));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Runs a command in a container with the docker CLI and returns its output. */
  private static String exec(String container, String... command) throws IOException, InterruptedException {
    List<String> args = new java.util.ArrayList<>(List.of("docker", "exec", container));
    args.addAll(List.of(command));
    Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
