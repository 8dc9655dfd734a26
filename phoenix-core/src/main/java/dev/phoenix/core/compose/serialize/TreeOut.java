package dev.phoenix.core.compose.serialize;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds one mapping of the output tree with Go's {@code omitempty} rules: empty strings,
 * collections and zero numbers are left out, the way compose-go marshals its structs.
 */
final class TreeOut {
  private final Flavor flavor;
  private final LinkedHashMap<String, Object> map = new LinkedHashMap<>();

  TreeOut(Flavor flavor) {
    this.flavor = flavor;
  }

  Flavor flavor() {
    return flavor;
  }

  /** A string field; null and empty are left out. */
  TreeOut string(String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
    return this;
  }

  /** A Go {@code bool}: only true is written. */
  TreeOut flag(String key, boolean value) {
    if (value) {
      map.put(key, Boolean.TRUE);
    }
    return this;
  }

  /** A Go {@code *bool} or a field without {@code omitempty}: written unless null. */
  TreeOut bool(String key, Boolean value) {
    if (value != null) {
      map.put(key, value);
    }
    return this;
  }

  /** A Go integer: null and zero are left out. */
  TreeOut number(String key, Number value) {
    if (value != null && value.longValue() != 0) {
      map.put(key, value.longValue());
    }
    return this;
  }

  /** A Go {@code *int}: zero is written, null is left out. */
  TreeOut count(String key, Number value) {
    if (value != null) {
      map.put(key, value.longValue());
    }
    return this;
  }

  /** A Go float: null and zero are left out. */
  TreeOut decimal(String key, Double value) {
    if (value != null && value != 0) {
      map.put(key, value);
    }
    return this;
  }

  /** A compose-go {@code UnitBytes}: a decimal string; null and zero are left out. */
  TreeOut bytes(String key, Long value) {
    if (value != null && value != 0) {
      map.put(key, Long.toString(value));
    }
    return this;
  }

  /** A compose-go {@code Duration}: null and zero are left out. */
  TreeOut duration(String key, Duration value) {
    if (value != null && !value.isZero()) {
      map.put(key, GoText.duration(value));
    }
    return this;
  }

  /** A compose-go {@code *Duration}: zero is written, null is left out. */
  TreeOut durationPointer(String key, Duration value) {
    if (value != null) {
      map.put(key, GoText.duration(value));
    }
    return this;
  }

  /** A list of strings, as given; empty is left out. */
  TreeOut strings(String key, List<String> values) {
    if (values != null && !values.isEmpty()) {
      map.put(key, new ArrayList<Object>(values));
    }
    return this;
  }

  /** A Go {@code map[string]string}: keys sorted, null values kept; empty is left out. */
  TreeOut stringMap(String key, Map<String, String> values) {
    return map(key, values, value -> value);
  }

  /** A list of records; empty is left out. */
  <T> TreeOut list(String key, List<T> items, Function<T, Object> writer) {
    if (items != null && !items.isEmpty()) {
      ArrayList<Object> list = new ArrayList<>(items.size());
      for (T item : items) {
        list.add(writer.apply(item));
      }
      map.put(key, list);
    }
    return this;
  }

  /** A Go map of records: keys sorted, null values kept as null; empty is left out. */
  <T> TreeOut map(String key, Map<String, T> entries, Function<T, Object> writer) {
    if (entries != null && !entries.isEmpty()) {
      map.put(key, sortedMap(entries, writer));
    }
    return this;
  }

  /** A Go map written even when empty ({@code services: {}}). */
  <T> TreeOut mapAlways(String key, Map<String, T> entries, Function<T, Object> writer) {
    map.put(key, sortedMap(entries, writer));
    return this;
  }

  /** A Go struct pointer: written (even as {@code {}}) unless null. */
  <T> TreeOut object(String key, T value, Function<T, Map<String, Object>> writer) {
    if (value != null) {
      map.put(key, writer.apply(value));
    }
    return this;
  }

  /**
   * A Go struct held by value with {@code omitempty}: go-yaml leaves it out when it is empty,
   * encoding/json always writes it, as {@code {}} at least.
   */
  <T> TreeOut struct(String key, T value, Function<T, Map<String, Object>> writer) {
    Map<String, Object> tree = value == null ? new LinkedHashMap<>() : writer.apply(value);
    if (flavor == Flavor.JSON || !tree.isEmpty()) {
      map.put(key, tree);
    }
    return this;
  }

  /** A value written as it is, null included. */
  TreeOut raw(String key, Object value) {
    map.put(key, value);
    return this;
  }

  /**
   * The keys the model does not know, then the {@code x-*} keys. A key already written wins.
   */
  TreeOut extras(Map<String, Object> extensions, Map<String, Object> unknown) {
    putSorted(unknown);
    return extensions(extensions);
  }

  /**
   * {@code x-*} keys at this point of the mapping; only in YAML, as compose-go's JSON leaves
   * extensions out below the top level.
   */
  TreeOut extensions(Map<String, Object> extensions) {
    if (flavor == Flavor.YAML) {
      putSorted(extensions);
    }
    return this;
  }

  /** The top level's extensions, which both marshallers write. */
  TreeOut topLevelExtensions(Map<String, Object> extensions) {
    putSorted(extensions);
    return this;
  }

  Map<String, Object> done() {
    return map;
  }

  private void putSorted(Map<String, Object> entries) {
    if (entries == null || entries.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>(entries.keySet());
    keys.sort(order());
    for (String key : keys) {
      map.putIfAbsent(key, sortedTree(entries.get(key)));
    }
  }

  private <T> Map<String, Object> sortedMap(Map<String, T> entries, Function<T, Object> writer) {
    List<String> keys = new ArrayList<>(entries.keySet());
    keys.sort(order());
    LinkedHashMap<String, Object> sorted = new LinkedHashMap<>(keys.size() * 4 / 3 + 1);
    for (String key : keys) {
      T value = entries.get(key);
      sorted.put(key, value == null ? null : writer.apply(value));
    }
    return sorted;
  }

  /** A raw value with every mapping's keys sorted, as Go marshals a {@code map[string]any}. */
  private Object sortedTree(Object value) {
    if (value instanceof Map<?, ?> entries) {
      List<String> keys = new ArrayList<>(entries.size());
      for (Object key : entries.keySet()) {
        keys.add((String) key);
      }
      keys.sort(order());
      LinkedHashMap<String, Object> sorted = new LinkedHashMap<>(keys.size() * 4 / 3 + 1);
      for (String key : keys) {
        sorted.put(key, sortedTree(entries.get(key)));
      }
      return sorted;
    }
    if (value instanceof List<?> items) {
      ArrayList<Object> list = new ArrayList<>(items.size());
      for (Object item : items) {
        list.add(sortedTree(item));
      }
      return list;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float number) {
      return number.doubleValue();
    }
    return value;
  }

  private java.util.Comparator<String> order() {
    return flavor == Flavor.YAML ? GoText.YAML_KEY_ORDER : GoText.BYTE_ORDER;
  }
}
