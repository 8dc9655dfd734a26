package dev.phoenix.core.engine.internal.observe;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A volume the engine holds.
 *
 * @param name the engine name
 * @param driver its driver
 * @param labels its labels
 */
public record ObservedVolume(String name, String driver, Map<String, String> labels) {
  // The engine names an anonymous volume with 64 hex digits; named volumes carry their name.
  private static final Pattern ANONYMOUS = Pattern.compile("[0-9a-f]{64}");

  /** Whether {@code name} is one the engine gave an anonymous volume. */
  public static boolean isAnonymousName(String name) {
    return name != null && ANONYMOUS.matcher(name).matches();
  }

  public ObservedVolume {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  /** A label's value, or null. */
  public String label(String key) {
    return labels.get(key);
  }
}
