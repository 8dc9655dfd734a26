package dev.phoenix.core.compose.internal.yaml;

import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The first difference between two raw trees, positions included: the key order, position and
 * override mark of every map, the position and override mark of every list and of each of its
 * items, the position of every value, and the type and value of every scalar.
 */
final class TreeDifference {
  private TreeDifference() {
  }

  /** A description of the first difference between the documents, or null when they are the same. */
  static String between(List<YamlMap> expected, List<YamlMap> actual) {
    if (expected.size() != actual.size()) {
      return "documents: " + expected.size() + " vs " + actual.size();
    }
    for (int i = 0; i < expected.size(); i++) {
      String difference = between(expected.get(i), actual.get(i), "document " + i);
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  private static String between(Object expected, Object actual, String path) {
    if (expected == null || actual == null) {
      return expected == actual ? null : path + ": " + expected + " vs " + actual;
    }
    if (expected.getClass() != actual.getClass()) {
      return path + ": " + describe(expected) + " vs " + describe(actual);
    }
    if (expected instanceof YamlMap map) {
      return maps(map, (YamlMap) actual, path);
    }
    if (expected instanceof YamlList list) {
      return lists(list, (YamlList) actual, path);
    }
    return expected.equals(actual) ? null : path + ": " + describe(expected) + " vs " + describe(actual);
  }

  private static String maps(YamlMap expected, YamlMap actual, String path) {
    if (!Objects.equals(expected.location(), actual.location())) {
      return path + ": map at " + expected.location() + " vs " + actual.location();
    }
    if (expected.isOverride() != actual.isOverride()) {
      return path + ": override " + expected.isOverride() + " vs " + actual.isOverride();
    }
    if (!List.copyOf(expected.keySet()).equals(List.copyOf(actual.keySet()))) {
      return path + ": keys " + expected.keySet() + " vs " + actual.keySet();
    }
    Iterator<Map.Entry<String, Object>> others = actual.entrySet().iterator();
    for (Map.Entry<String, Object> entry : expected.entrySet()) {
      String key = entry.getKey();
      String at = path + "." + key;
      if (!Objects.equals(expected.locationOf(key), actual.locationOf(key))) {
        return at + ": value at " + expected.locationOf(key) + " vs " + actual.locationOf(key);
      }
      String difference = between(entry.getValue(), others.next().getValue(), at);
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  private static String lists(YamlList expected, YamlList actual, String path) {
    if (!Objects.equals(expected.location(), actual.location())) {
      return path + ": list at " + expected.location() + " vs " + actual.location();
    }
    if (expected.isOverride() != actual.isOverride()) {
      return path + ": override " + expected.isOverride() + " vs " + actual.isOverride();
    }
    if (expected.size() != actual.size()) {
      return path + ": " + expected.size() + " items vs " + actual.size();
    }
    for (int i = 0; i < expected.size(); i++) {
      String at = path + "[" + i + "]";
      if (!Objects.equals(expected.locationOf(i), actual.locationOf(i))) {
        return at + ": item at " + expected.locationOf(i) + " vs " + actual.locationOf(i);
      }
      String difference = between(expected.get(i), actual.get(i), at);
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  private static String describe(Object value) {
    return value.getClass().getSimpleName() + " " + String.valueOf(value).replace("\n", "\\n");
  }
}
