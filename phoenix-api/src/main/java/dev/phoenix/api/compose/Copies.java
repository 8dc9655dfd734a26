package dev.phoenix.api.compose;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defensive copies for the model records: every collection a record holds is an unmodifiable copy,
 * made once in its compact constructor, so a record can be shared between threads and never
 * changes under its holder.
 */
final class Copies {
  private Copies() {
  }

  /** An unmodifiable copy; null becomes empty; null items are refused. */
  static <T> List<T> list(List<? extends T> items, String what) {
    if (items == null || items.isEmpty()) {
      return List.of();
    }
    for (T item : items) {
      if (item == null) {
        throw new IllegalArgumentException(what + " must not contain null");
      }
    }
    return List.copyOf(items);
  }

  /** Like {@link #list} but keeps null, for values where "absent" differs from "empty". */
  static <T> List<T> listOrNull(List<? extends T> items, String what) {
    return items == null ? null : list(items, what);
  }

  /** An unmodifiable, order-keeping copy; null becomes empty; null values are refused. */
  static <V> Map<String, V> map(Map<String, ? extends V> entries, String what) {
    return copy(entries, what, false);
  }

  /** An unmodifiable, order-keeping copy where a null value carries a meaning of its own. */
  static <V> Map<String, V> mapWithNulls(Map<String, ? extends V> entries, String what) {
    return copy(entries, what, true);
  }

  /** The {@code x-*} keys of a mapping, their values deep-copied. */
  static Map<String, Object> extensions(Map<String, ?> entries) {
    return extras(entries, true);
  }

  /** Keys a record does not model (never {@code x-*}), their values deep-copied. */
  static Map<String, Object> unknown(Map<String, ?> entries) {
    return extras(entries, false);
  }

  static void requireNonNegative(Number value, String what) {
    if (value != null && value.doubleValue() < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }

  static void requireNonNegative(java.time.Duration value, String what) {
    if (value != null && value.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }

  private static <V> Map<String, V> copy(Map<String, ? extends V> entries, String what, boolean nullValues) {
    if (entries == null || entries.isEmpty()) {
      return Map.of();
    }
    LinkedHashMap<String, V> copy = new LinkedHashMap<>(capacity(entries.size()));
    for (Map.Entry<String, ? extends V> entry : entries.entrySet()) {
      if (entry.getKey() == null) {
        throw new IllegalArgumentException(what + " must not have a null key");
      }
      if (entry.getValue() == null && !nullValues) {
        throw new IllegalArgumentException(what + "." + entry.getKey() + " must not be null");
      }
      copy.put(entry.getKey(), entry.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Map<String, Object> extras(Map<String, ?> entries, boolean extension) {
    if (entries == null || entries.isEmpty()) {
      return Map.of();
    }
    LinkedHashMap<String, Object> copy = new LinkedHashMap<>(capacity(entries.size()));
    for (Map.Entry<String, ?> entry : entries.entrySet()) {
      String key = entry.getKey();
      if (key == null) {
        throw new IllegalArgumentException("a mapping key must not be null");
      }
      if (key.startsWith("x-") != extension) {
        throw new IllegalArgumentException(extension
            ? "extension key \"" + key + "\" must start with x-"
            : "key \"" + key + "\" starts with x-: it belongs in extensions");
      }
      copy.put(key, tree(entry.getValue(), key));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * A deep, unmodifiable copy of a raw YAML value: maps, lists and scalars only. Integers become
   * {@code Long} and floats {@code Double}, the types of the raw tree, so equal values compare equal
   * whichever parser produced them.
   */
  static Object tree(Object value, String where) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
        || value instanceof Double || value instanceof BigInteger || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float number) {
      return number.doubleValue();
    }
    if (value instanceof Map<?, ?> map) {
      LinkedHashMap<String, Object> copy = new LinkedHashMap<>(capacity(map.size()));
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException(where + ": mapping keys must be strings, found " + entry.getKey());
        }
        copy.put(key, tree(entry.getValue(), where + "." + key));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      ArrayList<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(tree(list.get(i), where + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(where + ": not a YAML value: " + value.getClass().getName());
  }

  private static int capacity(int size) {
    return size * 4 / 3 + 1;
  }
}
