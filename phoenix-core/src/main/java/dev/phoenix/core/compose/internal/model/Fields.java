package dev.phoenix.core.compose.internal.model;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the keys of one mapping of the canonical tree as typed values. Every key a binder reads is
 * remembered, so what is left over becomes the record's {@code extensions} ({@code x-*}) and
 * {@code unknown} keys. A YAML null reads as "not set".
 */
final class Fields {
  private final Node node;
  private final Map<?, ?> map;
  private final Set<String> read = new HashSet<>();

  private Fields(Node node, Map<?, ?> map) {
    this.node = node;
    this.map = map;
  }

  /** The mapping at {@code node}; anything else is an error. */
  static Fields of(Node node) {
    if (!(node.value() instanceof Map<?, ?> map)) {
      throw node.error("must be a mapping, found " + Scalars.describe(node.value()));
    }
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        throw node.error("mapping keys must be strings, found " + Scalars.describe(key));
      }
    }
    return new Fields(node, map);
  }

  Node node() {
    return node;
  }

  /** The node of {@code key}, or null when the key is absent or null. */
  Node child(String key) {
    Object value = map.get(key);
    if (value == null) {
      if (map.containsKey(key)) {
        read.add(key);
      }
      return null;
    }
    read.add(key);
    return node.child(key, value);
  }

  /** Whether the mapping has {@code key}, even with a null value. */
  boolean has(String key) {
    return map.containsKey(key);
  }

  String string(String key) {
    Node child = child(key);
    return child == null ? null : Values.string(child);
  }

  /** A string, where a number or boolean is taken as its text ({@code uid: 103}). */
  String text(String key) {
    Node child = child(key);
    return child == null ? null : Values.mapString(child);
  }

  Boolean bool(String key) {
    Node child = child(key);
    return child == null ? null : Values.bool(child);
  }

  /** A boolean that is false when absent. */
  boolean flag(String key) {
    Boolean value = bool(key);
    return value != null && value;
  }

  Integer integer(String key) {
    Node child = child(key);
    return child == null ? null : Values.integer(child);
  }

  Long int64(String key) {
    Node child = child(key);
    return child == null ? null : Values.int64(child);
  }

  Double number(String key) {
    Node child = child(key);
    return child == null ? null : Values.number(child);
  }

  Duration duration(String key) {
    Node child = child(key);
    return child == null ? null : Values.duration(child);
  }

  Long bytes(String key) {
    Node child = child(key);
    return child == null ? null : Values.bytes(child);
  }

  Integer fileMode(String key) {
    Node child = child(key);
    return child == null ? null : Values.fileMode(child);
  }

  /** A sequence of strings (numbers taken as their text); empty when absent. */
  List<String> strings(String key) {
    return list(key, Values::mapString);
  }

  /** A sequence of strings where absent (null) differs from empty. */
  List<String> stringsOrNull(String key) {
    Node child = child(key);
    return child == null ? null : Values.list(child, Values::mapString);
  }

  /** A mapping of strings; values that are numbers or booleans are written as Go prints them. */
  Map<String, String> stringMap(String key) {
    return map(key, Values::mapString, Values.Nulls.REJECT);
  }

  /** A mapping of strings where a null value means "key without value". */
  Map<String, String> stringMapWithNulls(String key) {
    return map(key, Values::mapString, Values.Nulls.KEEP);
  }

  <T> T object(String key, Function<Node, T> binder) {
    Node child = child(key);
    return child == null ? null : binder.apply(child);
  }

  <T> List<T> list(String key, Function<Node, T> binder) {
    Node child = child(key);
    return child == null ? List.of() : Values.list(child, binder);
  }

  /** A mapping of records, treating null values as {@code nulls} says. */
  <T> Map<String, T> map(String key, Function<Node, T> binder, Values.Nulls nulls) {
    Node child = child(key);
    return child == null ? Map.of() : Values.map(child, binder, nulls);
  }

  /** The {@code x-*} keys no binder read. */
  Map<String, Object> extensions() {
    return leftOver(true);
  }

  /** The other keys no binder read. */
  Map<String, Object> unknown() {
    return leftOver(false);
  }

  private Map<String, Object> leftOver(boolean extension) {
    if (read.size() == map.size()) {
      return Map.of();
    }
    Map<String, Object> result = null;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = (String) entry.getKey();
      if (key.startsWith("x-") == extension && !read.contains(key)) {
        if (result == null) {
          result = new LinkedHashMap<>();
        }
        result.put(key, entry.getValue());
      }
    }
    return result == null ? Map.of() : result;
  }
}
