package dev.phoenix.core.compose.normalize;

import java.math.BigDecimal;
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
      return formatFloat(number);
    }
    if (value instanceof Float number) {
      return formatFloat(number.doubleValue());
    }
    if (value == null) {
      return "<nil>";
    }
    return value.toString();
  }

  /**
   * {@code strconv.FormatFloat(f, 'g', -1, 64)}, which is what {@code fmt.Sprint} prints: the
   * shortest digits that read back as the same number, in exponent form ({@code 1e+06}) when the
   * decimal exponent is below -4 or at least 6.
   */
  static String formatFloat(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
    String digits = decimal.unscaledValue().toString();
    int exponent = digits.length() - 1 - decimal.scale();
    StringBuilder result = new StringBuilder(digits.length() + 8);
    if (value < 0) {
      result.append('-');
    }
    if (exponent < -4 || exponent >= 6) {
      result.append(digits.charAt(0));
      if (digits.length() > 1) {
        result.append('.').append(digits, 1, digits.length());
      }
      result.append('e').append(exponent < 0 ? '-' : '+');
      int magnitude = Math.abs(exponent);
      if (magnitude < 10) {
        result.append('0');
      }
      return result.append(magnitude).toString();
    }
    if (exponent < 0) {
      result.append("0.");
      result.append("0".repeat(-exponent - 1));
      return result.append(digits).toString();
    }
    if (digits.length() <= exponent + 1) {
      return result.append(digits).append("0".repeat(exponent + 1 - digits.length())).toString();
    }
    return result.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length()).toString();
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
