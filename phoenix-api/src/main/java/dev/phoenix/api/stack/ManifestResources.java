package dev.phoenix.api.stack;

/**
 * Resource limits and reservations for a service, written to {@code deploy.resources}. In a
 * manifest:
 *
 * <pre>{@code
 * "resources": { "limits": { "cpus": 1, "memory": "512m" },
 *                "reservations": { "memory": "128m" } }
 * }</pre>
 *
 * @param limits the most the service may use, or null
 * @param reservations what the engine keeps for the service, or null
 */
public record ManifestResources(ResourceAmounts limits, ResourceAmounts reservations) {

  /** Checks that a reservation does not ask for a process limit, which Compose does not know. */
  public ManifestResources {
    if (reservations != null && reservations.pids() != null) {
      throw ManifestValues.invalid("reservations", "pids can only be limited, not reserved");
    }
  }
}
