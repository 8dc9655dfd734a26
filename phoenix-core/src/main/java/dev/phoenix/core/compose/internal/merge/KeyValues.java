package dev.phoenix.core.compose.internal.merge;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.core.compose.internal.tree.Reset;
import dev.phoenix.core.compose.internal.tree.TreePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mapping written as compose-go's sorted {@code KEY=VALUE} sequence: a null value gives the
 * bare key, a list value one entry per item, anything else Go's {@code %v} of it.
 */
final class KeyValues {
  private KeyValues() {
  }

  private record Entry(String text, SourceLocation location) {
  }

  static List<Object> sorted(Map<String, Object> map) {
    List<Entry> entries = new ArrayList<>(map.size());
    for (Map.Entry<String, Object> mapEntry : map.entrySet()) {
      String key = mapEntry.getKey();
      Object value = mapEntry.getValue();
      SourceLocation location = TreePath.locationOf(map, key);
      if (value == null) {
        entries.add(new Entry(key, location));
      } else if (value instanceof List<?> items) {
        for (Object item : items) {
          if (!(item instanceof Reset)) {
            entries.add(new Entry(key + '=' + GoText.value(item), location));
          }
        }
      } else if (!(value instanceof Reset)) {
        entries.add(new Entry(key + '=' + GoText.value(value), location));
      }
    }
    entries.sort((a, b) -> GoText.compare(a.text, b.text));
    List<Object> result = Nodes.newList(Nodes.located(map), Nodes.locationOf(map));
    for (Entry entry : entries) {
      Nodes.add(result, entry.text, entry.location);
    }
    return result;
  }
}
