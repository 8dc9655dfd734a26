package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.compose.ServiceSpec;
import java.util.List;
import java.util.Map;

/**
 * The wanted state of one service and the steps that get there.
 *
 * @param service the service as loaded
 * @param image the image reference its containers run (its {@code image}, or
 *     {@code <project>-<service>} for a build without one)
 * @param configHash Phoenix's configuration hash of the service
 * @param fieldDigests per-field digests, written to the {@code dev.phoenix.config-fields} label
 * @param replicas how many containers it should have
 * @param containers one step per container, existing or wanted, by number
 */
public record ServicePlan(
    ServiceSpec service,
    String image,
    String configHash,
    Map<String, String> fieldDigests,
    int replicas,
    List<ContainerStep> containers) {
  public ServicePlan {
    fieldDigests = Map.copyOf(fieldDigests);
    containers = List.copyOf(containers);
  }

  /** The service's key. */
  public String name() {
    return service.name();
  }

  /**
   * Names the service instead of printing it: its environment may hold secrets, and a plan may
   * end up in a log.
   */
  @Override
  public String toString() {
    return "ServicePlan[service=" + name() + ", image=" + image + ", configHash=" + configHash + ", replicas="
        + replicas + ", containers=" + containers + "]";
  }
}
