package dev.phoenix.core.engine.internal.apply;

import dev.phoenix.api.deploy.DeploymentEvent;
import dev.phoenix.api.deploy.DeploymentListener;
import dev.phoenix.api.deploy.ResourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of one deployment or removal, and the record of what was done so far: a failure
 * reports it, so nothing half-done goes unreported. Thread-safe.
 */
public final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

  private final String stack;
  private final DeploymentListener listener;
  private final List<String> done = new ArrayList<>();

  public Progress(String stack, DeploymentListener listener) {
    this.stack = stack;
    this.listener = listener;
  }

  /** The stack's name. */
  public String stack() {
    return stack;
  }

  /** The listener events go to. */
  public DeploymentListener listener() {
    return listener;
  }

  /** Sends an event; a listener that throws does not stop the deployment. */
  public void event(DeploymentEvent.Type type, ResourceKind kind, String name, String service, String message) {
    DeploymentEvent event = new DeploymentEvent(type, stack, kind, name, service, message, Instant.now());
    try {
      listener.onEvent(event);
    } catch (RuntimeException e) {
      LOG.warn("a deployment listener failed on {}: {}", event.type().label(), e.toString());
    }
  }

  /** Records a step that changed the engine ({@code "created container shop-web-1"}). */
  public void done(String step) {
    synchronized (done) {
      done.add(step);
    }
  }

  /** What was done so far, in order. */
  public List<String> completed() {
    synchronized (done) {
      return List.copyOf(done);
    }
  }
}
