package dev.phoenix.core.compose.internal.merge;

import dev.phoenix.core.compose.internal.tree.Reset;
import dev.phoenix.core.compose.internal.tree.TreePath;
import java.util.List;
import java.util.Map;

/**
 * Finishes a value taken whole from one file, as compose-go holds it once decoded: no
 * {@code !reset} values (a reset key or item is simply absent), no {@code !override} tags, and
 * sequences made unique where a rule says so.
 *
 * <p>Copy on write: a map or list that needs no change is returned as it is (shared), so a
 * clean subtree costs one walk and no allocation.
 */
final class ResetStripper {
  private ResetStripper() {
  }

  static Object strip(Object value, MergeRule rule, YamlPath path) {
    if (value instanceof Map<?, ?> map) {
      return stripMap(cast(map), rule, path);
    }
    if (value instanceof List<?> list) {
      return stripList(cast(list), rule, path);
    }
    return value;
  }

  static Map<String, Object> stripMap(Map<String, Object> map, MergeRule rule, YamlPath path) {
    Map<String, Object> copy = Nodes.isOverride(map) ? Nodes.copyOf(map, null) : null;
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      Object value = entry.getValue();
      if (value instanceof Reset) {
        if (copy == null) {
          copy = Nodes.copyOf(map, null);
        }
        copy.remove(entry.getKey());
        continue;
      }
      Object stripped = strip(value, rule.child(entry.getKey()), path.key(entry.getKey()));
      if (stripped != value) {
        if (copy == null) {
          copy = Nodes.copyOf(map, null);
        }
        copy.put(entry.getKey(), stripped);
      }
    }
    return copy != null ? copy : map;
  }

  private static List<Object> stripList(List<Object> list, MergeRule rule, YamlPath path) {
    List<Object> copy = Nodes.isOverride(list) ? Nodes.newList(true, Nodes.locationOf(list)) : null;
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      boolean reset = item instanceof Reset;
      // items are no rule places in compose-go: nothing below an item is made unique
      Object stripped = reset ? null : strip(item, MergeRule.EMPTY, path.index(i));
      if (copy == null && (reset || stripped != item)) {
        copy = Nodes.newList(Nodes.located(list), Nodes.locationOf(list));
        for (int j = 0; j < i; j++) {
          Nodes.add(copy, list.get(j), TreePath.locationOf(list, j));
        }
      }
      if (copy != null && !reset) {
        Nodes.add(copy, stripped, TreePath.locationOf(list, i));
      }
    }
    return Unicity.enforce(copy != null ? copy : list, rule.unique(), path);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  @SuppressWarnings("unchecked")
  static List<Object> cast(List<?> list) {
    return (List<Object>) list;
  }
}
