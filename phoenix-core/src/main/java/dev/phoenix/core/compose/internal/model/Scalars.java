package dev.phoenix.core.compose.internal.model;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Reads the scalar forms of the canonical tree: Go duration strings ({@code 1m30s}), byte sizes
 * (decimal strings, or go-units sizes such as {@code 50M}), octal file modes ({@code "0440"}).
 */
final class Scalars {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  private Scalars() {
  }

  /** How a value is named in an error message. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
    if (value instanceof Map) {
      return "a mapping";
    }
    if (value instanceof List) {
      return "a sequence";
    }
    if (value instanceof Boolean) {
      return "the boolean " + value;
    }
    if (value instanceof Number) {
      return "the number " + value;
    }
    return "a " + value.getClass().getSimpleName();
  }

  /** An integral value as a long, or null if {@code value} is not one. */
  static Long toLong(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big) {
      return big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0 ? big.longValue() : null;
    }
    if (value instanceof String text && isDecimalInteger(text)) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** A number as a double, or null if {@code value} is not one. */
  static Double toDouble(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof String text && !text.isEmpty() && isFloatText(text)) {
      return Double.parseDouble(text);
    }
    return null;
  }

  /** A Go-style duration ({@code 1h2m3.5s}, {@code 500ms}, also {@code d} and {@code w}), or null. */
  static Duration parseDuration(String text) {
    int i = 0;
    int length = text.length();
    boolean negative = false;
    if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    if (i == length) {
      return null;
    }
    if (text.substring(i).equals("0")) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    while (i < length) {
      int start = i;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
      }
      String whole = text.substring(start, i);
      String fraction = "";
      if (i < length && text.charAt(i) == '.') {
        int fractionStart = ++i;
        while (i < length && isDigit(text.charAt(i))) {
          i++;
        }
        fraction = text.substring(fractionStart, i);
      }
      if (whole.isEmpty() && fraction.isEmpty()) {
        return null;
      }
      int unitStart = i;
      while (i < length && !isDigit(text.charAt(i)) && text.charAt(i) != '.') {
        i++;
      }
      long unitNanos = unitNanos(text.substring(unitStart, i));
      if (unitNanos == 0 || whole.length() > 18 || fraction.length() > 18) {
        return null;
      }
      try {
        long wholeValue = whole.isEmpty() ? 0 : Long.parseLong(whole);
        Duration part = Duration.ofNanos(unitNanos).multipliedBy(wholeValue);
        if (!fraction.isEmpty()) {
          double fractionValue = Double.parseDouble("0." + fraction);
          part = part.plusNanos(Math.round(fractionValue * unitNanos));
        }
        total = total.plus(part);
      } catch (ArithmeticException e) {
        return null;
      }
    }
    return negative ? total.negated() : total;
  }

  private static long unitNanos(String unit) {
    switch (unit) {
      case "ns":
        return 1;
      case "us":
      case "\u00b5s":
      case "\u03bcs":
        return 1_000;
      case "ms":
        return 1_000_000;
      case "s":
        return NANOS_PER_SECOND;
      case "m":
        return 60 * NANOS_PER_SECOND;
      case "h":
        return 3_600 * NANOS_PER_SECOND;
      case "d":
        return 86_400 * NANOS_PER_SECOND;
      case "w":
        return 7 * 86_400 * NANOS_PER_SECOND;
      default:
        return 0;
    }
  }

  /**
   * A byte size: a decimal integer ({@code "52428800"}, {@code "-1"}) or a go-units RAM size
   * ({@code 512m}, {@code 1.5GB}, {@code 20 KiB}; binary multiples). Null when it is neither.
   */
  static Long parseBytes(String text) {
    if (isDecimalInteger(text)) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    int i = 0;
    int length = text.length();
    while (i < length && (isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
      i++;
    }
    String number = text.substring(0, i);
    if (number.isEmpty() || !isDigit(number.charAt(0)) || number.endsWith(".") || number.contains("..")) {
      return null;
    }
    if (i < length && text.charAt(i) == ' ') {
      i++;
    }
    long multiplier = 1;
    if (i < length) {
      int power = "kmgtp".indexOf(Character.toLowerCase(text.charAt(i)));
      if (power >= 0) {
        multiplier = 1L << (10 * (power + 1));
        i++;
      }
    }
    if (i < length && (text.charAt(i) == 'i' || text.charAt(i) == 'I')) {
      i++;
    }
    if (i < length && (text.charAt(i) == 'b' || text.charAt(i) == 'B')) {
      i++;
    }
    if (i != length) {
      return null;
    }
    // go-units accepts "1.2.3" and reads the leading float, like ParseFloat on the first part
    int secondDot = number.indexOf('.', number.indexOf('.') + 1);
    double value = Double.parseDouble(secondDot < 0 ? number : number.substring(0, secondDot));
    double bytes = value * multiplier;
    return bytes >= Long.MAX_VALUE ? null : (long) bytes;
  }

  /** An octal file mode ({@code "0440"}, {@code "440"}, {@code "0o440"}), or null. */
  static Integer parseOctal(String text) {
    String digits = text.startsWith("0o") || text.startsWith("0O") ? text.substring(2) : text;
    if (digits.isEmpty() || digits.length() > 10) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '7') {
        return null;
      }
    }
    return Integer.parseInt(digits, 8);
  }

  private static boolean isDecimalInteger(String text) {
    int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
    if (text.length() == start || text.length() - start > 19) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isFloatText(String text) {
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if ("+-.eE".indexOf(c) < 0) {
        return false;
      }
    }
    if (!digit) {
      return false;
    }
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
