package dev.phoenix.core.compose.internal.normalize;

import java.util.List;
import java.util.Map;

/**
 * Byte sizes as Compose reads them (go-units {@code RAMInBytes}: binary multiples, so {@code 50M}
 * is 52428800 and {@code 1.5g} is 1610612736) and writes them back: as a decimal string.
 */
final class ByteUnits {
  private static final String NUMBER_CHARS = "0123456789. ";

  private ByteUnits() {
  }

  /** The canonical text (decimal bytes) of a size value found at {@code at}. */
  static String canonical(Object value, At at) {
    return Long.toString(bytes(value, at));
  }

  /** The size in bytes of a size value found at {@code at}. */
  static long bytes(Object value, At at) {
    if (value instanceof String text) {
      try {
        return ramInBytes(text);
      } catch (IllegalArgumentException e) {
        throw at.invalid(e.getMessage());
      }
    }
    Long number = value instanceof Boolean || value instanceof Map<?, ?> || value instanceof List<?> ? null : GoValues.toLong(value);
    if (number == null) {
      throw at.invalid("invalid size: found " + GoValues.describe(value));
    }
    return number;
  }

  /** go-units {@code RAMInBytes}: {@code 512m}, {@code 1.5 GiB}, {@code 100}, {@code 2kb}. */
  static long ramInBytes(String text) {
    int separator = -1;
    for (int i = text.length() - 1; i >= 0; i--) {
      if (NUMBER_CHARS.indexOf(text.charAt(i)) >= 0) {
        separator = i;
        break;
      }
    }
    if (separator == -1) {
      throw new IllegalArgumentException("invalid size: '" + text + "'");
    }
    String number;
    String suffix;
    if (text.charAt(separator) != ' ') {
      number = text.substring(0, separator + 1);
      suffix = text.substring(separator + 1);
    } else {
      number = text.substring(0, separator);
      suffix = text.substring(separator + 1);
    }
    double size = parseNumber(number, text);
    if (size < 0) {
      throw new IllegalArgumentException("invalid size: '" + text + "'");
    }
    if (suffix.isEmpty()) {
      return (long) size;
    }
    if (suffix.length() > 3) {
      throw badSuffix(suffix);
    }
    String lower = suffix.toLowerCase(java.util.Locale.ROOT);
    if (lower.charAt(0) == 'b') {
      if (lower.length() > 1) {
        throw badSuffix(lower);
      }
      return (long) size;
    }
    long multiplier = switch (lower.charAt(0)) {
      case 'k' -> 1L << 10;
      case 'm' -> 1L << 20;
      case 'g' -> 1L << 30;
      case 't' -> 1L << 40;
      case 'p' -> 1L << 50;
      default -> throw badSuffix(lower);
    };
    if (lower.length() == 2 && lower.charAt(1) != 'b' || lower.length() == 3 && !lower.substring(1).equals("ib")) {
      throw badSuffix(lower);
    }
    return (long) (size * multiplier);
  }

  /** Go's {@code strconv.ParseFloat} on the digits part, which allows no spaces or signs around it. */
  private static double parseNumber(String number, String text) {
    boolean digit = false;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.' && !(i == 0 && (c == '-' || c == '+'))) {
        throw new IllegalArgumentException("invalid size: '" + text + "'");
      }
    }
    if (!digit) {
      throw new IllegalArgumentException("invalid size: '" + text + "'");
    }
    try {
      return Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid size: '" + text + "'", e);
    }
  }

  private static IllegalArgumentException badSuffix(String suffix) {
    return new IllegalArgumentException("invalid suffix: '" + suffix + "'");
  }
}
