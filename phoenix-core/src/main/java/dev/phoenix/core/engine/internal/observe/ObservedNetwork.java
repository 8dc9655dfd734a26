package dev.phoenix.core.engine.internal.observe;

import java.util.Map;

/**
 * A network the engine holds.
 *
 * @param id the network ID
 * @param name the engine name
 * @param driver its driver
 * @param labels its labels
 */
public record ObservedNetwork(String id, String name, String driver, Map<String, String> labels) {
  public ObservedNetwork {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  /** A label's value, or null. */
  public String label(String key) {
    return labels.get(key);
  }
}
