package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import java.util.Map;

/**
 * The list-or-map attributes. Lists of {@code KEY=VALUE} become maps of strings; numbers and
 * booleans become the text Go prints for them. Two flavours differ only for a key without a value:
 * in {@code environment} and {@code build.args} it stays null (to be looked up later), elsewhere
 * (labels, annotations, sysctls, options) it is the empty string.
 */
final class Mappings {
  private Mappings() {
  }

  /** A map of strings; {@code KEY} alone or a null value means {@code ""}. */
  static YamlMap strings(Object value, At at) {
    return convert(value, at, false);
  }

  /** A map of strings or nulls; {@code KEY} alone or a null value means "take it from the environment". */
  static YamlMap nullableStrings(Object value, At at) {
    return convert(value, at, true);
  }

  /** A map from a list of {@code KEY=VALUE} where the {@code =} is required. */
  static YamlMap keyValues(Object value, At at) {
    if (value instanceof List<?> list) {
      YamlMap result = Trees.mapFrom(list);
      for (int i = 0; i < list.size(); i++) {
        String entry = GoValues.sprint(list.get(i));
        int equals = entry.indexOf('=');
        if (equals < 0) {
          throw at.index(i).invalid("invalid value " + entry + ", expected key=value");
        }
        result.put(entry.substring(0, equals), entry.substring(equals + 1), locationOf(list, i));
      }
      return result;
    }
    return convert(value, at, false);
  }

  /** A list of strings from a single string or a list of scalars. */
  static YamlList stringList(Object value, At at) {
    if (value instanceof String string) {
      YamlList result = new YamlList(at.location());
      result.add(string);
      return result;
    }
    List<?> list = Trees.list(value, at);
    YamlList result = Trees.listFrom(list);
    for (int i = 0; i < list.size(); i++) {
      Trees.add(result, list, i, scalarText(list.get(i), at.index(i)));
    }
    return result;
  }

  /** The text of a scalar as Go prints it; mappings and sequences are errors. */
  static String scalarText(Object value, At at) {
    if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
      throw at.invalid("must be a string or a number, found " + GoValues.describe(value));
    }
    return GoValues.sprint(value);
  }

  private static YamlMap convert(Object value, At at, boolean nullable) {
    if (value instanceof Map<?, ?> map) {
      YamlMap result = Trees.mapFrom(map);
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        Object item = entry.getValue();
        String text;
        if (item == null) {
          text = nullable ? null : "";
        } else {
          text = scalarText(item, at.key(key));
        }
        Trees.put(result, map, key, text);
      }
      return result;
    }
    if (value instanceof List<?> list) {
      YamlMap result = Trees.mapFrom(list);
      for (int i = 0; i < list.size(); i++) {
        String entry = scalarText(list.get(i), at.index(i));
        int equals = entry.indexOf('=');
        String key = equals < 0 ? entry : entry.substring(0, equals);
        String text = equals < 0 ? (nullable ? null : "") : entry.substring(equals + 1);
        result.put(key, text, locationOf(list, i));
      }
      return result;
    }
    throw at.invalid("must be a mapping or a list of KEY=VALUE, found " + GoValues.describe(value));
  }

  private static SourceLocation locationOf(List<?> list, int index) {
    return list instanceof YamlList yamlList ? yamlList.locationOf(index) : null;
  }
}
