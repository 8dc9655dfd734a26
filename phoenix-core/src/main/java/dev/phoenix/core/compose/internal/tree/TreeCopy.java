package dev.phoenix.core.compose.internal.tree;

import java.util.List;
import java.util.Map;

/** Deep copies of raw trees, for a stage that must change a tree some other stage still holds. */
public final class TreeCopy {
  private TreeCopy() {
  }

  /**
   * A copy of {@code value} in which every map is a new {@link YamlMap} and every list a new
   * {@link YamlList}, with the positions and {@code !override} flags of the originals (a plain
   * map or list becomes one without positions). Scalars and markers are shared: they are
   * immutable.
   */
  public static Object deep(Object value) {
    if (value instanceof Map<?, ?> map) {
      YamlMap result = new YamlMap(TreePath.ownLocation(map));
      YamlMap located = map instanceof YamlMap yamlMap ? yamlMap : null;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        result.put(key, deep(entry.getValue()), located == null ? null : located.locationOf(key));
      }
      return result.override(located != null && located.isOverride());
    }
    if (value instanceof List<?> list) {
      YamlList result = new YamlList(TreePath.ownLocation(list));
      YamlList located = list instanceof YamlList yamlList ? yamlList : null;
      for (int i = 0; i < list.size(); i++) {
        result.add(deep(list.get(i)), located == null ? null : located.locationOf(i));
      }
      return result.override(located != null && located.isOverride());
    }
    return value;
  }
}
