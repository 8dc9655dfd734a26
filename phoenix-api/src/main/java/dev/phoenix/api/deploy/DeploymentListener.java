package dev.phoenix.api.deploy;

/**
 * Receives {@link DeploymentEvent}s as they happen. It may be called from several threads at once
 * (services are worked on in parallel), so an implementation must be thread-safe; it should return
 * quickly, since the deployment waits for it.
 *
 * <pre>{@code
 * DeploymentListener print = event -> System.out.println(event);
 * }</pre>
 */
@FunctionalInterface
public interface DeploymentListener {
  /** A listener that ignores every event. */
  DeploymentListener NONE = event -> { };

  /** Called once per event. */
  void onEvent(DeploymentEvent event);
}
