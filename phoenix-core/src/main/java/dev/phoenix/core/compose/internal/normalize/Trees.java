package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.core.compose.internal.tree.TreeCopy;
import dev.phoenix.core.compose.internal.tree.TreePath;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the output tree. Every map and list is a new {@link YamlMap} / {@link YamlList} that keeps
 * the source positions of the node it was made from, so the later stages (normalisation,
 * consistency checks) can still point at the right line.
 */
final class Trees {
  private Trees() {
  }

  /** A new empty map positioned where {@code source} is. */
  static YamlMap mapFrom(Object source) {
    return new YamlMap(TreePath.ownLocation(source));
  }

  /** A new empty list positioned where {@code source} is. */
  static YamlList listFrom(Object source) {
    return new YamlList(TreePath.ownLocation(source));
  }

  /** Puts {@code value} under {@code key}, remembering where {@code key} was read in {@code source}. */
  static void put(YamlMap target, Object source, String key, Object value) {
    target.put(key, value, source instanceof YamlMap map ? map.locationOf(key) : null);
  }

  /** Appends {@code value}, remembering where item {@code index} of {@code source} was read. */
  static void add(YamlList target, Object source, int index, Object value) {
    target.add(value, source instanceof YamlList list ? list.locationOf(index) : null);
  }

  /**
   * The tree made of {@link YamlMap} and {@link YamlList} down to {@code depth} levels below
   * {@code value}, so that those levels can be changed in place: such maps and lists are kept
   * (their children converted in place), other maps and lists are copied whole. Deeper levels are
   * left as they are, which spares a walk over every value of the project on each load.
   */
  static Object editable(Object value, int depth) {
    if (value instanceof YamlMap map) {
      if (depth > 0) {
        map.replaceAll((key, child) -> editable(child, depth - 1));
      }
      return map;
    }
    if (value instanceof YamlList list) {
      if (depth > 0) {
        list.replaceAll(child -> editable(child, depth - 1));
      }
      return list;
    }
    return value instanceof Map<?, ?> || value instanceof List<?> ? TreeCopy.deep(value) : value;
  }

  /** The value as a map, or an error naming what was found instead. */
  static Map<?, ?> map(Object value, At at) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw at.invalid("must be a mapping, found " + GoValues.describe(value));
  }

  /** The value as a list, or an error naming what was found instead. */
  static List<?> list(Object value, At at) {
    if (value instanceof List<?> list) {
      return list;
    }
    throw at.invalid("must be a sequence, found " + GoValues.describe(value));
  }

  /** The value as a string, or an error naming what was found instead. */
  static String string(Object value, At at) {
    if (value instanceof String string) {
      return string;
    }
    throw at.invalid("must be a string, found " + GoValues.describe(value));
  }

  /** True for keys of extension fields ({@code x-*}), which are kept as written. */
  static boolean isExtension(String key) {
    return key.startsWith("x-");
  }
}
