package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.core.compose.internal.tree.GoFloats;
import java.util.List;
import java.util.Map;

/**
 * Scalar conversions as Docker Compose (Go) performs them, so that a value renders the same text:
 * {@code fmt.Sprint} for numbers ({@code 1.0} gives {@code "1"}, {@code 1e21} gives
 * {@code "1e+21"}), {@code strconv.ParseBool}, base-10 integers.
 */
final class GoValues {
  private GoValues() {
  }

  /** What {@code fmt.Sprint(value)} prints for a scalar of the raw tree. */
  static String sprint(Object value) {
    if (value instanceof String string) {
      return string;
    }
    if (value instanceof Double number) {
      return GoFloats.sprint(number);
    }
    if (value instanceof Float number) {
      return GoFloats.sprint(number.doubleValue());
    }
    if (value == null) {
      return "<nil>";
    }
    return value.toString();
  }

  /** {@code strconv.ParseBool}; null when the text is not a boolean. */
  static Boolean parseBool(String text) {
    switch (text) {
      case "1", "t", "T", "TRUE", "true", "True":
        return Boolean.TRUE;
      case "0", "f", "F", "FALSE", "false", "False":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** True for a boolean true, or text that {@code strconv.ParseBool} reads as true. */
  static boolean isTrue(Object value) {
    if (value instanceof Boolean bool) {
      return bool;
    }
    return value != null && Boolean.TRUE.equals(parseBool(sprint(value)));
  }

  /** A whole number from a number or its decimal text, or null when it is neither. */
  static Long toLong(Object value) {
    if (value instanceof Long number) {
      return number;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)) {
      return number.longValue();
    }
    if (value instanceof String text) {
      try {
        return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** A whole number, or an error saying what was expected. */
  static Long requireLong(Object value, At at) {
    Long result = toLong(value);
    if (result == null) {
      throw at.invalid("must be an integer, found " + describe(value));
    }
    return result;
  }

  /** A floating point number from a number or its text, or null when it is neither. */
  static Double toDouble(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof String text && !text.isBlank() && text.strip().equals(text)) {
      try {
        double parsed = Double.parseDouble(text);
        char last = text.charAt(text.length() - 1);
        return Character.isDigit(last) || last == '.' ? parsed : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** How a value is named in error messages: its YAML kind, and the value itself for scalars. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?>) {
      return "a mapping";
    }
    if (value instanceof List<?>) {
      return "a sequence";
    }
    if (value instanceof String string) {
      return "string \"" + string + "\"";
    }
    if (value instanceof Boolean) {
      return "boolean " + value;
    }
    if (value instanceof Number) {
      return "number " + sprint(value);
    }
    return value.getClass().getSimpleName();
  }
}
