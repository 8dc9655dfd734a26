package dev.phoenix.core.compose.internal.merge;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the maps and lists of a merge result so that they keep the source positions of the
 * values they hold: a {@link YamlMap} / {@link YamlList} whenever an input carried positions, a
 * plain collection otherwise.
 */
final class Nodes {
  private Nodes() {
  }

  static SourceLocation locationOf(Object node) {
    if (node instanceof YamlMap map) {
      return map.location();
    }
    return node instanceof YamlList list ? list.location() : null;
  }

  /** {@code preferred} if known, else {@code fallback}. */
  static SourceLocation either(SourceLocation preferred, SourceLocation fallback) {
    return preferred != null ? preferred : fallback;
  }

  /** Whether the value was tagged {@code !override}. */
  static boolean isOverride(Object value) {
    return value instanceof YamlMap map && map.isOverride() || value instanceof YamlList list && list.isOverride();
  }

  static boolean located(Object node) {
    return node instanceof YamlMap || node instanceof YamlList;
  }

  /**
   * A new, untagged mapping holding the entries of {@code source}, positioned like it (or like
   * {@code other} when only that one has positions).
   */
  static Map<String, Object> copyOf(Map<String, Object> source, Object other) {
    if (source instanceof YamlMap yamlMap) {
      YamlMap copy = new YamlMap(yamlMap.location());
      copy.putAll(source);
      copy.copyLocationsFrom(yamlMap);
      return copy;
    }
    if (other instanceof YamlMap || other instanceof YamlList) {
      YamlMap copy = new YamlMap(locationOf(other));
      copy.putAll(source);
      return copy;
    }
    return new LinkedHashMap<>(source);
  }

  static Map<String, Object> newMap(boolean located, SourceLocation location) {
    return located ? new YamlMap(location) : new LinkedHashMap<>();
  }

  static List<Object> newList(boolean located, SourceLocation location) {
    return located ? new YamlList(location) : new ArrayList<>();
  }

  static void put(Map<String, Object> map, String key, Object value, SourceLocation location) {
    if (location != null && map instanceof YamlMap yamlMap) {
      yamlMap.put(key, value, location);
    } else {
      map.put(key, value);
    }
  }

  static void add(List<Object> list, Object item, SourceLocation location) {
    if (list instanceof YamlList yamlList) {
      yamlList.add(item, location);
    } else {
      list.add(item);
    }
  }

  /** A new, untagged list holding the items of {@code source} with their positions. */
  static List<Object> copyOf(List<Object> source) {
    if (!(source instanceof YamlList yamlList)) {
      return new ArrayList<>(source);
    }
    YamlList copy = new YamlList(yamlList.location());
    for (int i = 0; i < source.size(); i++) {
      copy.add(source.get(i), yamlList.locationOf(i));
    }
    return copy;
  }
}
