package dev.phoenix.core.engine.internal.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageCmd;
import com.github.dockerjava.api.model.PullResponseItem;
import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.core.engine.internal.connect.EngineAnswer;
import java.util.ArrayList;
import java.util.List;

/** Pulls one image through the engine, with throttled progress events. */
final class ImagePuller {
  private final DockerClient docker;
  private final ImageEvents events;

  ImagePuller(DockerClient docker, ImageEvents events) {
    this.docker = docker;
    this.events = events;
  }

  /**
   * Pulls {@code reference} and returns the engine's final status line ({@code Status: Downloaded
   * newer image for …}), or null.
   *
   * @param platform the platform to pull ({@code linux/arm64}), or null for the engine's
   * @throws ImageFailure when the engine or the registry refuses, in their words
   * @throws InterruptedException when the thread is interrupted while the pull runs
   */
  String pull(String service, String reference, String platform) throws InterruptedException {
    events.emit(DeploymentEvent.Type.PULLING, reference, service, null);
    Progress progress = new Progress(service, reference);
    String[] parts = split(reference);
    PullImageCmd command = docker.pullImageCmd(parts[0]).withTag(parts[1]);
    if (platform != null) {
      command.withPlatform(platform);
    }
    try {
      command.exec(progress).finish();
    } catch (RuntimeException e) {
      QuietCallback.throwIfInterrupted(e);
      // The engine's refusals (DockerException) and transport failures alike.
      throw new ImageFailure(EngineAnswer.of(e), e);
    }
    if (!progress.errors.isEmpty()) {
      throw new ImageFailure(String.join("; ", progress.errors), null);
    }
    return progress.status;
  }

  /**
   * The repository and the tag (or digest) of {@code reference}, the tag {@code latest} when it
   * has none: without a tag the engine would pull every tag of the repository.
   */
  static String[] split(String reference) {
    int at = reference.indexOf('@');
    if (at >= 0) {
      String name = reference.substring(0, at);
      int colon = name.lastIndexOf(':');
      if (colon > name.lastIndexOf('/')) {
        name = name.substring(0, colon);
      }
      return new String[] {name, reference.substring(at + 1)};
    }
    int colon = reference.lastIndexOf(':');
    if (colon > reference.lastIndexOf('/')) {
      return new String[] {reference.substring(0, colon), reference.substring(colon + 1)};
    }
    return new String[] {reference, "latest"};
  }

  /** Turns the engine's progress stream into events and collects its errors. */
  private final class Progress extends QuietCallback<PullResponseItem> {
    private final String service;
    private final String reference;
    private final ImageEvents.Throttle throttle = new ImageEvents.Throttle();
    private final List<String> errors = new ArrayList<>();
    private volatile String status;

    Progress(String service, String reference) {
      this.service = service;
      this.reference = reference;
    }

    @Override
    public void onNext(PullResponseItem item) {
      if (item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null) {
        errors.add(item.getErrorDetail().getMessage().strip());
        return;
      }
      if (item.getError() != null) {
        errors.add(item.getError().strip());
        return;
      }
      String line = describe(item);
      if (line == null) {
        return;
      }
      if (line.startsWith("Status:")) {
        status = line;
      }
      if (throttle.allows()) {
        events.emit(DeploymentEvent.Type.PULLING, reference, service, line);
      }
    }

    private static String describe(PullResponseItem item) {
      if (item.getStatus() == null) {
        return null;
      }
      StringBuilder line = new StringBuilder();
      if (item.getId() != null && !item.getStatus().startsWith("Pulling from")) {
        line.append(item.getId()).append(": ");
      }
      line.append(item.getStatus());
      if (item.getProgress() != null && !item.getProgress().isBlank()) {
        line.append(' ').append(item.getProgress().strip());
      }
      return line.toString();
    }
  }
}
