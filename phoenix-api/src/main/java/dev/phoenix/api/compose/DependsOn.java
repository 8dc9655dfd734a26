package dev.phoenix.api.compose;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a service's {@code depends_on}: what the dependency must reach before this service
 * starts.
 *
 * @param condition what to wait for
 * @param restart whether this service is restarted when the dependency is updated
 * @param required whether a missing or failing dependency is an error (true) or a warning
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record DependsOn(
    Condition condition,
    boolean restart,
    boolean required,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** What a dependency must reach. */
  public enum Condition {
    /** The dependency's containers have been started (the default). */
    SERVICE_STARTED("service_started"),
    /** The dependency reports healthy. */
    SERVICE_HEALTHY("service_healthy"),
    /** The dependency ran to completion with exit code 0. */
    SERVICE_COMPLETED_SUCCESSFULLY("service_completed_successfully");

    private final String value;

    Condition(String value) {
      this.value = value;
    }

    /** The name as written in a Compose file. */
    public String value() {
      return value;
    }

    /** The condition written as {@code value} in a Compose file, or null if there is none. */
    public static Condition fromValue(String value) {
      for (Condition condition : values()) {
        if (condition.value.equals(value)) {
          return condition;
        }
      }
      return null;
    }
  }

  /** Validates the condition and copies the maps. */
  public DependsOn {
    Objects.requireNonNull(condition, "depends_on condition");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A required dependency on {@code condition}, without restart: what the short syntax means. */
  public static DependsOn of(Condition condition) {
    return new DependsOn(condition, false, true, Map.of(), Map.of());
  }
}
