package dev.phoenix.core.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.deploy.ContainerStatus;
import dev.phoenix.api.deploy.RemoveOptions;
import dev.phoenix.api.deploy.Stack;
import dev.phoenix.api.deploy.DeploymentListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** A throwaway stack for engine tests: a unique project name, a directory, and clean-up by label. */
final class EngineStack implements AutoCloseable {
  final String name = "phx-it-" + UUID.randomUUID().toString().substring(0, 8);
  final Path directory;
  final DockerEngineTarget target;
  final DockerClient docker;

  EngineStack(DockerClient docker, Path directory) {
    this.docker = docker;
    this.directory = directory;
    this.target = DockerEngineTarget.of(docker);
  }

  /** The stack for {@code yaml}, written as compose.yaml; {@code ${IMAGE}} is the busybox test image. */
  Stack load(String yaml) {
    try {
      Files.writeString(directory.resolve("compose.yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Stack.of(ComposeLoader.builder()
        .workingDirectory(directory)
        .file(directory.resolve("compose.yaml"))
        .projectName(name)
        .environment(Map.of("IMAGE", "phoenix-test/busybox:latest"))
        .load());
  }

  /** Container IDs by name. */
  Map<String, String> ids() {
    Map<String, String> ids = new TreeMap<>();
    for (ContainerStatus container : target.status(name).containers()) {
      ids.put(container.name(), container.id());
    }
    return ids;
  }

  InspectContainerResponse inspect(String container) {
    return docker.inspectContainerCmd(container).exec();
  }

  /** Runs the docker CLI and returns its standard output. */
  static String docker(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "docker";
    System.arraycopy(args, 0, command, 1, args.length);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("docker " + String.join(" ", args) + " failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    target.remove(name, new RemoveOptions(true, Duration.ZERO), DeploymentListener.NONE);
    target.close();
    // Images built for services without an image are named <project>-<service>.
    docker.listImagesCmd().withReferenceFilter(name + "-*").exec()
        .forEach(image -> docker.removeImageCmd(image.getId()).withForce(true).exec());
  }
}
