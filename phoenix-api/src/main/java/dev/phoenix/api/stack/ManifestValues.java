package dev.phoenix.api.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks shared by the manifest records. A failed check throws {@link IllegalArgumentException}
 * whose message starts with the JSON key at fault and a colon ({@code "port: ..."}), so that the
 * manifest reader can name the exact JSON path.
 */
final class ManifestValues {
  static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  static final Pattern PROJECT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private ManifestValues() {
  }

  static IllegalArgumentException invalid(String key, String detail) {
    return new IllegalArgumentException(key + ": " + detail);
  }

  static <V> Map<String, V> map(Map<String, V> map, String key) {
    if (map == null) {
      return Map.of();
    }
    Map<String, V> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (k == null || v == null) {
        throw invalid(key, "null keys and values are not allowed");
      }
      copy.put(k, v);
    });
    return java.util.Collections.unmodifiableMap(copy);
  }

  static <T> List<T> list(List<T> list, String key) {
    if (list == null) {
      return List.of();
    }
    for (T item : list) {
      if (item == null) {
        throw invalid(key, "null items are not allowed");
      }
    }
    return List.copyOf(list);
  }

  static void requireMatches(String value, Pattern pattern, String key, String what) {
    if (value != null && !pattern.matcher(value).matches()) {
      throw invalid(key, "\"" + value + "\" is not " + what);
    }
  }

  static void requireNonBlank(String value, String key) {
    if (value != null && value.isBlank()) {
      throw invalid(key, "must not be blank");
    }
  }

  static void requirePositive(Integer value, String key) {
    if (value != null && value < 1) {
      throw invalid(key, "must be at least 1, got " + value);
    }
  }

  static void requireNonNegative(java.time.Duration value, String key) {
    if (value != null && value.isNegative()) {
      throw invalid(key, "must not be negative");
    }
  }

  static <T> T orDefault(T value, T fallback) {
    return value != null ? value : Objects.requireNonNull(fallback);
  }
}
