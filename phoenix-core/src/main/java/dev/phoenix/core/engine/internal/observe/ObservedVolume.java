package dev.phoenix.core.engine.internal.observe;

import java.util.Map;

/**
 * A volume the engine holds.
 *
 * @param name the engine name
 * @param driver its driver
 * @param labels its labels
 */
public record ObservedVolume(String name, String driver, Map<String, String> labels) {
  public ObservedVolume {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  /** A label's value, or null. */
  public String label(String key) {
    return labels.get(key);
  }
}
