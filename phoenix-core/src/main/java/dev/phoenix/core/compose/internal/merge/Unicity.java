package dev.phoenix.core.compose.internal.merge;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.core.compose.internal.tree.TreePath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes redefinitions from a sequence (compose-go's {@code EnforceUnicity}): an item whose key
 * was already seen replaces the earlier item in the earlier item's place, so the first position
 * and the last value win.
 */
final class Unicity {
  private Unicity() {
  }

  /**
   * {@code list} without redefinitions; {@code list} itself when it has none or when
   * {@code key} is null (no rule at this place).
   */
  static List<Object> enforce(List<Object> list, UniqueKey key, YamlPath path) {
    if (key == null || list.isEmpty()) {
      return list;
    }
    int size = list.size();
    int[] slotOf = new int[size];
    Map<String, Integer> slots = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      String itemKey = key.of(list.get(i), TreePath.locationOf(list, i), path.index(i));
      Integer slot = slots.putIfAbsent(itemKey, slots.size());
      slotOf[i] = slot != null ? slot : slots.size() - 1;
    }
    int unique = slots.size();
    if (unique == size) {
      return list;
    }
    Object[] items = new Object[unique];
    SourceLocation[] locations = new SourceLocation[unique];
    for (int i = 0; i < size; i++) {
      items[slotOf[i]] = list.get(i);
      locations[slotOf[i]] = TreePath.locationOf(list, i);
    }
    List<Object> result = Nodes.newList(Nodes.located(list), Nodes.locationOf(list));
    for (int i = 0; i < unique; i++) {
      Nodes.add(result, items[i], locations[i]);
    }
    return result;
  }
}
