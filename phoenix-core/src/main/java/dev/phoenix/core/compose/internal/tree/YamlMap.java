package dev.phoenix.core.compose.internal.tree;

import dev.phoenix.api.SourceLocation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mapping read from a file: insertion-ordered, and aware of its own position and of the position
 * of each value. {@code override} records a {@code !override} tag (replace, do not merge).
 */
public final class YamlMap extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;

  private SourceLocation location;
  private Map<String, SourceLocation> valueLocations;
  private boolean override;

  public YamlMap() {
  }

  public YamlMap(SourceLocation location) {
    this.location = location;
  }

  /** Where the mapping starts, or null. */
  public SourceLocation location() {
    return location;
  }

  public YamlMap location(SourceLocation location) {
    this.location = location;
    return this;
  }

  /** Where the value of {@code key} starts, else where the mapping starts, else null. */
  public SourceLocation locationOf(String key) {
    SourceLocation result = valueLocations == null ? null : valueLocations.get(key);
    return result != null ? result : location;
  }

  /** Puts a value and remembers where it was read. */
  public Object put(String key, Object value, SourceLocation valueLocation) {
    if (valueLocation != null) {
      if (valueLocations == null) {
        valueLocations = new HashMap<>();
      }
      valueLocations.put(key, valueLocation);
    }
    return put(key, value);
  }

  /** Copies the value locations of {@code other} for the keys it has. */
  public void copyLocationsFrom(YamlMap other) {
    if (location == null) {
      location = other.location;
    }
    if (other.valueLocations != null) {
      if (valueLocations == null) {
        valueLocations = new HashMap<>();
      }
      valueLocations.putAll(other.valueLocations);
    }
  }

  public boolean isOverride() {
    return override;
  }

  public YamlMap override(boolean override) {
    this.override = override;
    return this;
  }
}
