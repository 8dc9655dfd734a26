package dev.phoenix.api.deploy;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Something that happened while a stack was deployed or removed, for a progress display or a log.
 * Events of one deployment arrive in the order they happened for any one resource; events of
 * services worked on in parallel interleave.
 *
 * @param type what happened
 * @param stack the stack's name
 * @param kind the kind of resource it happened to, or null for the stack as a whole
 * @param name the resource's engine name ({@code shop-web-1}, an image reference), or null for
 *     the stack as a whole
 * @param service the Compose service concerned, or null
 * @param message details for a person (pull progress, a health check's output), or null; never a
 *     secret value
 * @param time when it happened
 */
public record DeploymentEvent(
    Type type, String stack, ResourceKind kind, String name, String service, String message, Instant time) {

  /** What happened. */
  public enum Type {
    /** An image is being pulled; repeated with progress in the message. */
    PULLING,
    /** An image was pulled. */
    PULLED,
    /** An image is being built; repeated with build output in the message. */
    BUILDING,
    /** An image was built. */
    BUILT,
    /** A network, volume or container is being created. */
    CREATING,
    /** A network, volume or container was created. */
    CREATED,
    /** A resource was found as wanted and left alone. */
    KEPT,
    /** A container is being started. */
    STARTING,
    /** A container was started. */
    STARTED,
    /** Waiting for a container to become healthy or to complete. */
    WAITING,
    /** A container reported healthy. */
    HEALTHY,
    /** A container without a health check is running, which is all a wait can ask of it. */
    RUNNING,
    /** A container reported unhealthy, or its health check has not passed yet. */
    UNHEALTHY,
    /** A one-shot container exited with code 0. */
    COMPLETED,
    /** A container is being stopped. */
    STOPPING,
    /** A network, volume or container is being removed. */
    REMOVING,
    /** A network, volume or container was removed. */
    REMOVED,
    /** Something a person should know that does not stop the deployment. */
    WARNING,
    /** The deployment or removal failed; the message says why. */
    FAILED,
    /** The deployment or removal finished. */
    DONE;

    /** The type in lower case, as printed. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks the required parts. */
  public DeploymentEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(time, "time");
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(type.label());
    if (name != null) {
      text.append(' ').append(kind == null ? "" : kind.label() + ' ').append(name);
    } else {
      text.append(" stack ").append(stack);
    }
    if (message != null) {
      text.append(": ").append(message);
    }
    return text.toString();
  }
}
