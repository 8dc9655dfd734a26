package dev.phoenix.core.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import dev.phoenix.testing.DockerTestEngine;
import dev.phoenix.testing.TestImages;
import dev.phoenix.testing.TestLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stack staged into a directory that a container sees at another path, {@code /srv/stacks}: the
 * container, running as the reader the check was asked about, finds the files where the mapping
 * says they are. Containers carry a label unique to the run and are removed by it.
 */
@Tag("docker")
@ExtendWith(DockerTestEngine.class)
class StagingAreaIT {
  private static final String RUN_LABEL = "dev.phoenix.test.run";
  private static final Path READER_ROOT = Path.of("/srv/stacks");
  private static final ReaderIdentity AGENT = ReaderIdentity.of(1000, 1000);

  @TempDir
  Path sources;
  @TempDir
  Path stage;
  DockerClient docker;
  String run;
  String stack;
  StagingArea staging;

  @BeforeEach
  void setUp(DockerClient docker) throws IOException {
    this.docker = docker;
    run = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
    stack = run + "-shop";
    Files.setPosixFilePermissions(stage, PosixFilePermissions.fromString("rwxr-xr-x"));
    staging = StagingArea.open(new PathMapping(stage, READER_ROOT));
  }

  @AfterEach
  void removeContainersOfThisRun() {
    for (Container container : docker.listContainersCmd().withShowAll(true)
        .withLabelFilter(Map.of(RUN_LABEL, run)).exec()) {
      docker.removeContainerCmd(container.getId()).withForce(true).exec();
    }
  }

  @Test
  void theReaderFindsTheStagedFilesWhereTheMappingSays() throws IOException {
    StagedStack staged = staging.stage(render());
    Path data = Files.createDirectories(stage.resolve(stack).resolve("data"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(data.resolve("hello.txt"), "hello from the writer\n");
    StagedStack.Mount mount = staged.mounts().get(0);

    assertThat(staging.check(staged, AGENT)).isEmpty();
    assertThat(staged.readerComposeFile()).isEqualTo(READER_ROOT.resolve(stack).resolve("compose.yaml"));
    assertThat(catAs(AGENT, staged.readerComposeFile().toString()))
        .isEqualTo(Files.readString(staged.writerComposeFile()));
    assertThat(catAs(AGENT, READER_ROOT.resolve(stack).resolve(".env").toString())).isEqualTo("TAG=1.36\n");
    assertThat(mount.readerSource()).contains(READER_ROOT.resolve(stack).resolve("data"));
    assertThat(catAs(AGENT, mount.readerSource().orElseThrow().resolve("hello.txt").toString()))
        .isEqualTo("hello from the writer\n");
  }

  @Test
  void whatTheCheckReportsIsWhatTheReaderMeets() throws IOException {
    StagedStack staged = staging.stage(render());
    Files.setAttribute(staged.writerComposeFile(), "unix:uid", 4242);
    Files.setPosixFilePermissions(staged.writerComposeFile(), PosixFilePermissions.fromString("rw-------"));

    assertThat(staging.check(staged, AGENT)).extracting(ReadProblem::path).containsExactly(staged.writerComposeFile());
    assertThat(catAs(AGENT, staged.readerComposeFile().toString())).contains("Permission denied");
  }

  /** What {@code cat PATH} prints (stdout and stderr) in a busybox container running as {@code reader}. */
  private String catAs(ReaderIdentity reader, String path) {
    Map<String, String> labels = new HashMap<>(TestLabel.asMap());
    labels.put(RUN_LABEL, run);
    String id = docker.createContainerCmd(TestImages.busybox(docker))
        .withCmd("cat", path)
        .withUser(reader.uid() + ":" + reader.gids().iterator().next())
        .withLabels(labels)
        .withHostConfig(HostConfig.newHostConfig()
            .withBinds(new Bind(stage.toString(), new Volume(READER_ROOT.toString()), AccessMode.ro)))
        .exec().getId();
    docker.startContainerCmd(id).exec();
    docker.waitContainerCmd(id).exec(new WaitContainerResultCallback()).awaitStatusCode(60, TimeUnit.SECONDS);
    StringBuilder output = new StringBuilder();
    try {
      docker.logContainerCmd(id).withStdOut(true).withStdErr(true).exec(new ResultCallback.Adapter<Frame>() {
        @Override
        public void onNext(Frame frame) {
          output.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
        }
      }).awaitCompletion(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while reading the logs of " + id, e);
    }
    return output.toString();
  }

  private RenderedStack render() throws IOException {
    Path dir = Files.createDirectories(sources.resolve(stack));
    Files.writeString(dir.resolve("compose.yaml"), """
        # the shop
        services:
          web:
            image: %s
            volumes:
              - %s:/data:ro
        """.formatted(TestImages.BUSYBOX, stage.resolve(stack).resolve("data")));
    Files.writeString(dir.resolve(".env"), "TAG=1.36\n");
    return ManifestRenderer.render(StacksDirectory.discover(sources).get(0));
  }
}
