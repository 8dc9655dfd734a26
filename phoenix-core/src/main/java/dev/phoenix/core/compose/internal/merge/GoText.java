package dev.phoenix.core.compose.internal.merge;

import dev.phoenix.core.compose.internal.tree.GoFloats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders scalars the way Go's {@code fmt} does for the verbs compose-go uses when it merges:
 * {@code %v} for {@code KEY=VALUE} entries, and {@code %s} / {@code %d} for the keys that make
 * {@code ports} unique. The keys must compare equal exactly when compose-go's do, so the odd
 * forms Go prints for a value of the wrong type ({@code %!s(int=80)}) are reproduced as well.
 */
final class GoText {
  private GoText() {
  }

  /** Go's {@code %v}. */
  static String value(Object value) {
    if (value == null) {
      return "<nil>";
    }
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Double number) {
      return GoFloats.sprint(number);
    }
    if (value instanceof List<?> list) {
      return list(list, 'v');
    }
    if (value instanceof Map<?, ?> map) {
      return map(map, 'v');
    }
    return String.valueOf(value);
  }

  /** Go's {@code %s}. */
  static String string(Object value) {
    if (value instanceof String text) {
      return text;
    }
    return container(value, 's');
  }

  /** Go's {@code %d}. */
  static String decimal(Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return value.toString();
    }
    return container(value, 'd');
  }

  private static String container(Object value, char verb) {
    if (value instanceof List<?> list) {
      return list(list, verb);
    }
    if (value instanceof Map<?, ?> map) {
      return map(map, verb);
    }
    return wrongType(value, verb);
  }

  private static String format(Object value, char verb) {
    return switch (verb) {
      case 's' -> string(value);
      case 'd' -> decimal(value);
      default -> value(value);
    };
  }

  private static String wrongType(Object value, char verb) {
    if (value == null) {
      return "%!" + verb + "(<nil>)";
    }
    String type;
    if (value instanceof Long || value instanceof Integer) {
      type = "int";
    } else if (value instanceof Double) {
      type = "float64";
    } else if (value instanceof Boolean) {
      type = "bool";
    } else if (value instanceof String) {
      type = "string";
    } else {
      type = value.getClass().getSimpleName();
    }
    return "%!" + verb + "(" + type + "=" + value(value) + ")";
  }

  private static String list(List<?> list, char verb) {
    StringBuilder result = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        result.append(' ');
      }
      result.append(format(list.get(i), verb));
    }
    return result.append(']').toString();
  }

  private static String map(Map<?, ?> map, char verb) {
    List<String> keys = new ArrayList<>();
    for (Object key : map.keySet()) {
      keys.add(String.valueOf(key));
    }
    keys.sort(GoText::compare);
    StringBuilder result = new StringBuilder("map[");
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        result.append(' ');
      }
      result.append(keys.get(i)).append(':').append(format(map.get(keys.get(i)), verb));
    }
    return result.append(']').toString();
  }

  /** Orders strings by code point, as Go compares strings (byte-wise UTF-8). */
  static int compare(String a, String b) {
    int length = Math.min(a.length(), b.length());
    for (int i = 0; i < length; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        boolean xHigh = Character.isSurrogate(x);
        if (xHigh != Character.isSurrogate(y)) {
          return xHigh ? 1 : -1;
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }
}
