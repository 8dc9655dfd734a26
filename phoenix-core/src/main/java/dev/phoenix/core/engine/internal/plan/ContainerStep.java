package dev.phoenix.core.engine.internal.plan;

import dev.phoenix.api.deploy.Action;
import dev.phoenix.api.deploy.FieldChange;
import dev.phoenix.core.engine.internal.observe.ObservedContainer;
import java.util.List;

/**
 * What happens to one container slot of a service.
 *
 * @param action create, recreate, start, remove or keep
 * @param number the container number ({@code 1}, {@code 2}, …)
 * @param name the container's engine name ({@code shop-web-1}, or {@code container_name})
 * @param existing the container there now, or null for {@link Action#CREATE}
 * @param reason why, for a person, or null for keep
 * @param fields the fields that changed, for recreate
 */
public record ContainerStep(
    Action action, int number, String name, ObservedContainer existing, String reason, List<FieldChange> fields) {
  public ContainerStep {
    fields = List.copyOf(fields);
  }
}
