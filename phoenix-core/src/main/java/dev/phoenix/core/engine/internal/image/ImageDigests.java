package dev.phoenix.core.engine.internal.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.ImageUnavailableException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry digest of an image as the engine would run it, for pinning a service to
 * {@code repository@sha256:...}: the image the engine holds under the reference, pulled first when
 * it holds none, as the pull policy {@code missing} would. Thread-safe when its {@link Engine} is.
 */
public final class ImageDigests {
  private static final Logger LOG = LoggerFactory.getLogger(ImageDigests.class);

  /** What a lookup asks of the engine, however it is reached (docker-java, a proxy). */
  public interface Engine {
    /**
     * The {@code RepoDigests} of the image the engine holds under {@code reference}, or empty
     * when it holds no such image.
     */
    Optional<List<String>> repoDigests(String reference);

    /**
     * Pulls {@code reference}, which is a valid image reference.
     *
     * @throws ImageUnavailableException when it cannot be pulled, quoting the registry's or engine's answer
     */
    void pull(String reference);
  }

  private final Engine engine;

  /** @param docker the engine; not closed */
  public ImageDigests(DockerClient docker) {
    this(new DockerJava(Objects.requireNonNull(docker, "docker")));
  }

  /** Looks digests up on {@code engine}. */
  public ImageDigests(Engine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /**
   * The digest of {@code reference}: the one it carries ({@code app@sha256:...}) without asking
   * the engine; else the digest the engine records for the image from the reference's repository
   * ({@code RepoDigests}), the image pulled first when the engine does not hold it; empty when the
   * engine records none from that repository (an image built there and never pushed or pulled).
   *
   * @throws PhoenixException when {@code reference} is not an image reference, or the thread is
   *     interrupted during the pull (its interrupt flag set again)
   * @throws ImageUnavailableException when the image must be pulled and cannot be, naming the image
   *     and quoting the registry's or engine's answer
   */
  public Optional<String> digest(String reference) {
    ImageReference parsed;
    try {
      parsed = ImageReference.parse(Objects.requireNonNull(reference, "reference"));
    } catch (IllegalArgumentException e) {
      throw new PhoenixException("cannot look up the digest of image " + reference + ": " + e.getMessage(), e);
    }
    if (parsed.digest() != null) {
      return Optional.of(parsed.digest());
    }
    Optional<List<String>> held = engine.repoDigests(reference);
    if (held.isEmpty()) {
      engine.pull(reference);
      held = engine.repoDigests(reference);
    }
    List<String> repoDigests = held.orElseThrow(() -> new ImageUnavailableException(reference,
        "the pull finished but the engine has no image " + reference, null));
    Optional<String> digest = parsed.digestIn(repoDigests);
    LOG.debug("image {}: digest {} among {}", reference, digest.orElse("none"), repoDigests);
    return digest;
  }

  /** An engine reached through docker-java. */
  private static final class DockerJava implements Engine {
    private final DockerClient docker;
    private final ImagePuller puller;

    DockerJava(DockerClient docker) {
      this.docker = docker;
      this.puller = new ImagePuller(docker, ImageEvents.none());
    }

    @Override
    public Optional<List<String>> repoDigests(String reference) {
      try {
        List<String> digests = docker.inspectImageCmd(reference).exec().getRepoDigests();
        return Optional.of(digests == null ? List.of() : digests);
      } catch (NotFoundException e) {
        return Optional.empty();
      }
    }

    @Override
    public void pull(String reference) {
      try {
        puller.pull(null, reference, null);
      } catch (ImageFailure e) {
        throw new ImageUnavailableException(reference, e.answer(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PhoenixException("interrupted while image " + reference + " was pulled", e);
      }
    }
  }
}
