package dev.phoenix.core.engine.internal.image;

import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.ResourceKind;
import java.time.Duration;
import java.time.Instant;

/** Sends image events of one stack to the listener. */
final class ImageEvents {
  /** The shortest gap between two progress events of one image. */
  static final Duration PROGRESS_GAP = Duration.ofSeconds(1);

  private final String stack;
  private final DeploymentListener listener;

  ImageEvents(String stack, DeploymentListener listener) {
    this.stack = stack;
    this.listener = listener;
  }

  /** Events nobody receives, for a pull outside any stack's deployment. */
  static ImageEvents none() {
    return new ImageEvents(null, null);
  }

  void emit(DeploymentEvent.Type type, String reference, String service, String message) {
    if (listener == null) {
      return;
    }
    listener.onEvent(new DeploymentEvent(type, stack, ResourceKind.IMAGE, reference, service, message, Instant.now()));
  }

  /**
   * A gate for the progress of one pull or build: it lets a message through at most once per
   * {@link #PROGRESS_GAP}, so a fast stream of progress lines does not flood the listener.
   */
  static final class Throttle {
    private long last = Long.MIN_VALUE;

    boolean allows() {
      long now = System.nanoTime();
      if (last != Long.MIN_VALUE && now - last < PROGRESS_GAP.toNanos()) {
        return false;
      }
      last = now;
      return true;
    }
  }
}
