package dev.phoenix.core.compose.internal.tree;

import dev.phoenix.api.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * Finds the source position of a value in a tree, from the path of keys and indexes that leads to
 * it, and renders such paths as {@code services.web.ports[1]}.
 */
public final class TreePath {
  private TreePath() {
  }

  /**
   * The best-known position of the value at {@code path} (strings are keys, integers indexes):
   * its own if recorded, else the nearest enclosing one's. Null when the tree has no positions.
   */
  public static SourceLocation locate(Object root, List<?> path) {
    SourceLocation best = ownLocation(root);
    Object current = root;
    for (Object step : path) {
      if (current instanceof Map<?, ?> map && step instanceof String key) {
        if (map instanceof YamlMap yamlMap) {
          best = orElse(yamlMap.locationOf(key), best);
        }
        current = map.get(key);
      } else if (current instanceof List<?> list && step instanceof Integer index) {
        if (list instanceof YamlList yamlList) {
          best = orElse(yamlList.locationOf(index), best);
        }
        current = index >= 0 && index < list.size() ? list.get(index) : null;
      } else {
        break;
      }
      best = orElse(ownLocation(current), best);
    }
    return best;
  }

  /** Renders a path as {@code services.web.ports[1]}; keys holding dots or spaces are quoted. */
  public static String render(List<?> path) {
    StringBuilder result = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer index) {
        result.append('[').append(index).append(']');
      } else {
        String key = String.valueOf(step);
        if (result.length() > 0) {
          result.append('.');
        }
        boolean plain = !key.isEmpty() && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
        if (plain) {
          result.append(key);
        } else {
          quote(key, result);
        }
      }
    }
    return result.toString();
  }

  /** Quotes a key so that an error message stays on one line whatever the key holds. */
  private static void quote(String key, StringBuilder result) {
    result.append('"');
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      switch (c) {
        case '"' -> result.append("\\\"");
        case '\\' -> result.append("\\\\");
        case '\n' -> result.append("\\n");
        case '\r' -> result.append("\\r");
        case '\t' -> result.append("\\t");
        default -> {
          if (c < 0x20) {
            result.append(String.format("\\u%04x", (int) c));
          } else {
            result.append(c);
          }
        }
      }
    }
    result.append('"');
  }

  /** Where the value of {@code key} in {@code map} was read, as far as known, or null for a plain map. */
  public static SourceLocation locationOf(Map<?, ?> map, String key) {
    return map instanceof YamlMap yaml ? yaml.locationOf(key) : null;
  }

  /** Where item {@code index} of {@code list} was read, as far as known, or null for a plain list. */
  public static SourceLocation locationOf(List<?> list, int index) {
    return list instanceof YamlList yaml ? yaml.locationOf(index) : null;
  }

  /** The position a map or list carries itself, or null. */
  public static SourceLocation ownLocation(Object node) {
    if (node instanceof YamlMap map) {
      return map.location();
    }
    if (node instanceof YamlList list) {
      return list.location();
    }
    if (node instanceof Reset reset) {
      return reset.location();
    }
    return null;
  }

  private static SourceLocation orElse(SourceLocation preferred, SourceLocation fallback) {
    return preferred != null ? preferred : fallback;
  }
}
