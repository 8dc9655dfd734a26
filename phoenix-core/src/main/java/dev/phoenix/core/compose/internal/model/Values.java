package dev.phoenix.core.compose.internal.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Converts one node of the canonical tree to a Java value, or reports why it cannot. */
final class Values {
  /** What a null value in a mapping means. */
  enum Nulls {
    /** Nothing: it is an error. */
    REJECT,
    /** Something of its own (an environment variable without value, a network without options). */
    KEEP,
    /** An empty mapping ({@code some-volume:} is {@code some-volume: {}}). */
    EMPTY_MAPPING
  }

  private Values() {
  }

  static String string(Node node) {
    if (node.value() instanceof String text) {
      return text;
    }
    throw node.error("must be a string, found " + Scalars.describe(node.value()));
  }

  /**
   * A value of a string mapping ({@code labels}, {@code driver_opts}...): Compose prints integers
   * and booleans there as text; a null value is kept for the caller to judge.
   */
  static String mapString(Node node) {
    Object value = node.value();
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    Long integral = Scalars.toLong(value);
    if (integral != null) {
      return integral.toString();
    }
    throw node.error("must be a string, found " + Scalars.describe(value));
  }

  static Boolean bool(Node node) {
    Object value = node.value();
    if (value instanceof Boolean flag) {
      return flag;
    }
    if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(text);
    }
    throw node.error("must be a boolean, found " + Scalars.describe(value));
  }

  static Long int64(Node node) {
    Long value = Scalars.toLong(node.value());
    if (value == null) {
      throw node.error("must be an integer, found " + Scalars.describe(node.value()));
    }
    return value;
  }

  static Integer integer(Node node) {
    long value = int64(node);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw node.error("is out of range: " + value);
    }
    return (int) value;
  }

  static Double number(Node node) {
    Double value = Scalars.toDouble(node.value());
    if (value == null || value.isNaN() || value.isInfinite()) {
      throw node.error("must be a number, found " + Scalars.describe(node.value()));
    }
    return value;
  }

  static Duration duration(Node node) {
    Object value = node.value();
    Duration result = null;
    if (value instanceof String text) {
      result = Scalars.parseDuration(text);
    } else {
      // like Go's str2duration, a bare number is only understood when it is zero
      Long number = Scalars.toLong(value);
      result = number != null && number == 0 ? Duration.ZERO : null;
    }
    if (result == null) {
      throw node.error("must be a duration such as 10s or 1m30s, found " + Scalars.describe(value));
    }
    return result;
  }

  static Long bytes(Node node) {
    Object value = node.value();
    Long result = value instanceof String text ? Scalars.parseBytes(text) : Scalars.toLong(value);
    if (result == null) {
      throw node.error("must be a byte size such as 1024 or 512m, found " + Scalars.describe(value));
    }
    return result;
  }

  static Integer fileMode(Node node) {
    Object value = node.value();
    Integer result = null;
    if (value instanceof String text) {
      result = Scalars.parseOctal(text);
    } else {
      Long number = Scalars.toLong(value);
      if (number != null && number >= 0 && number <= Integer.MAX_VALUE) {
        result = number.intValue();
      }
    }
    if (result == null) {
      throw node.error("must be a file mode such as \"0440\", found " + Scalars.describe(value));
    }
    return result;
  }

  static <T> List<T> list(Node node, Function<Node, T> binder) {
    if (!(node.value() instanceof List<?> items)) {
      throw node.error("must be a sequence, found " + Scalars.describe(node.value()));
    }
    ArrayList<T> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Node item = node.child(i, items.get(i));
      if (items.get(i) == null) {
        throw item.error("must not be null");
      }
      result.add(binder.apply(item));
    }
    return result;
  }

  static <T> Map<String, T> map(Node node, Function<Node, T> binder, Nulls nulls) {
    if (!(node.value() instanceof Map<?, ?> entries)) {
      throw node.error("must be a mapping, found " + Scalars.describe(node.value()));
    }
    LinkedHashMap<String, T> result = new LinkedHashMap<>(entries.size() * 4 / 3 + 1);
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw node.error("mapping keys must be strings, found " + Scalars.describe(entry.getKey()));
      }
      Object raw = entry.getValue() == null && nulls == Nulls.EMPTY_MAPPING ? Map.of() : entry.getValue();
      Node child = node.child(key, raw);
      T value = raw == null ? null : binder.apply(child);
      if (value == null && nulls != Nulls.KEEP) {
        throw child.error("must not be null");
      }
      result.put(key, value);
    }
    return result;
  }
}
