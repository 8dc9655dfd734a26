package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.ServiceSpec;

/** How a service restarts, as far as a plan needs to know. */
final class RestartRules {

  private RestartRules() {
  }

  /**
   * Whether the engine restarts the service's containers by itself: {@code restart: always},
   * {@code unless-stopped} or {@code on-failure[:n]}, or a {@code deploy.restart_policy} condition
   * other than {@code none} (which wins over {@code restart}, as in Compose).
   */
  static boolean restarts(ServiceSpec service) {
    if (service.deploy() != null && service.deploy().restartPolicy() != null
        && service.deploy().restartPolicy().condition() != null) {
      return !"none".equals(service.deploy().restartPolicy().condition());
    }
    String restart = service.restart();
    return restart != null && (restart.equals("always") || restart.equals("unless-stopped")
        || restart.startsWith("on-failure"));
  }
}
