package dev.phoenix.core.engine.internal.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.model.BuildResponseItem;
import dev.phoenix.api.compose.BuildSpec;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.core.engine.internal.connect.EngineAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one image through the engine's classic builder ({@code POST /build}), as docker-java's
 * {@code buildImageCmd} offers it: the context directory sent as a tar without what
 * {@code .dockerignore} leaves out, or a remote (Git or HTTP) context the engine fetches itself.
 */
final class ImageBuilder {
  private static final int OUTPUT_KEPT = 10;

  private final DockerClient docker;
  private final ImageEvents events;

  ImageBuilder(DockerClient docker, ImageEvents events) {
    this.docker = docker;
    this.events = events;
  }

  /**
   * Builds {@code build} and tags the result {@code reference} (and the section's extra tags).
   *
   * @throws ImageFailure when the context cannot be read or the build fails, naming the
   *     Dockerfile step and the builder's message
   * @throws InterruptedException when the thread is interrupted while the build runs
   */
  void build(String service, String reference, BuildSpec build) throws InterruptedException {
    events.emit(DeploymentEvent.Type.BUILDING, reference, service, null);
    String context = build.context() == null ? "." : build.context();
    if (context.contains("://")) {
      BuildImageCmd command = configure(docker.buildImageCmd(), reference, build).withRemote(URI.create(context));
      if (build.dockerfile() != null) {
        command.withDockerfilePath(build.dockerfile());
      }
      run(command, service, reference);
      return;
    }
    try (BuildContext tar = BuildContext.write(Path.of(context), build.dockerfile(), build.dockerfileInline());
        InputStream in = tar.open()) {
      BuildImageCmd command = configure(docker.buildImageCmd(), reference, build)
          .withTarInputStream(in)
          .withDockerfilePath(tar.dockerfile());
      run(command, service, reference);
    } catch (IOException e) {
      throw new ImageFailure("cannot send the build context " + context + ": " + e.getMessage(), e);
    }
  }

  private static BuildImageCmd configure(BuildImageCmd command, String reference, BuildSpec build) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add(reference);
    tags.addAll(build.tags());
    command.withTags(tags).withForcerm(true).withNoCache(build.noCache()).withPull(build.pull());
    // A null value means "from the environment"; the loader has resolved what it could, and an
    // unresolved one leaves the Dockerfile's ARG default in place.
    for (Map.Entry<String, String> arg : build.args().entrySet()) {
      if (arg.getValue() != null) {
        command.withBuildArg(arg.getKey(), arg.getValue());
      }
    }
    if (!build.labels().isEmpty()) {
      command.withLabels(build.labels());
    }
    if (build.target() != null) {
      command.withTarget(build.target());
    }
    if (build.network() != null) {
      command.withNetworkMode(build.network());
    }
    if (build.shmSize() != null) {
      command.withShmsize(build.shmSize());
    }
    if (!build.cacheFrom().isEmpty()) {
      command.withCacheFrom(new LinkedHashSet<>(build.cacheFrom()));
    }
    if (!build.extraHosts().isEmpty()) {
      Set<String> hosts = new LinkedHashSet<>();
      for (String host : build.extraHosts()) {
        // Compose writes host=ip; the engine reads host:ip.
        hosts.add(host.replaceFirst("=", ":"));
      }
      command.withExtraHosts(hosts);
    }
    return command;
  }

  private void run(BuildImageCmd command, String service, String reference) throws InterruptedException {
    Output output = new Output(service, reference);
    try {
      command.exec(output).finish();
    } catch (RuntimeException e) {
      QuietCallback.throwIfInterrupted(e);
      throw new ImageFailure("the builder refused: " + EngineAnswer.of(e), e);
    }
    if (output.error != null) {
      throw new ImageFailure(output.describeFailure(), null);
    }
  }

  /** Turns the builder's output into events and remembers the current step and the last lines. */
  private final class Output extends QuietCallback<BuildResponseItem> {
    private final String service;
    private final String reference;
    private final ImageEvents.Throttle throttle = new ImageEvents.Throttle();
    private final Deque<String> lastLines = new ArrayDeque<>();
    private String step;
    private volatile String error;

    Output(String service, String reference) {
      this.service = service;
      this.reference = reference;
    }

    @Override
    public void onNext(BuildResponseItem item) {
      if (item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null) {
        error = item.getErrorDetail().getMessage().strip();
        return;
      }
      if (item.getError() != null) {
        error = item.getError().strip();
        return;
      }
      if (item.getStream() == null) {
        return;
      }
      for (String line : item.getStream().split("\r?\n")) {
        String text = line.strip();
        if (text.isEmpty()) {
          continue;
        }
        keep(text);
        boolean isStep = text.startsWith("Step ");
        if (isStep) {
          step = text;
        }
        // Steps are few and say where the build is; other output is throttled.
        if (isStep || throttle.allows()) {
          events.emit(DeploymentEvent.Type.BUILDING, reference, service, text);
        }
      }
    }

    private synchronized void keep(String line) {
      if (lastLines.size() == OUTPUT_KEPT) {
        lastLines.removeFirst();
      }
      lastLines.addLast(line);
    }

    synchronized String describeFailure() {
      StringBuilder text = new StringBuilder("build failed");
      if (step != null) {
        text.append(" at Dockerfile ").append(step);
      }
      text.append(": ").append(error);
      List<String> lines = new ArrayList<>(lastLines);
      if (!lines.isEmpty()) {
        text.append("\nlast build output:");
        for (String line : lines) {
          text.append("\n  | ").append(line);
        }
      }
      return text.toString();
    }
  }
}
