package dev.phoenix.api.deploy;

import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link Plan}: what happens to one network, volume or container.
 *
 * @param kind the kind of resource
 * @param name the engine name ({@code shop-web-1}, {@code shop_default}, {@code shop_data})
 * @param service the Compose service a container belongs to, or null for networks and volumes
 * @param action what applying the plan does to it
 * @param reason why, in a few words ({@code "configuration changed"}, {@code "orphan"}), or null
 *     for {@link Action#KEEP}
 * @param fields the fields that changed, for {@link Action#RECREATE}; empty otherwise
 */
public record PlannedChange(
    ResourceKind kind, String name, String service, Action action, String reason, List<FieldChange> fields) {

  /** Checks the required parts and copies the list. */
  public PlannedChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** Whether applying this step changes anything on the engine. */
  public boolean changesSomething() {
    return action != Action.KEEP;
  }
}
