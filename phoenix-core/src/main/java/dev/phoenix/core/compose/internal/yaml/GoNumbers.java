package dev.phoenix.core.compose.internal.yaml;

/**
 * The numbers go-yaml v3 finds in plain scalars, by the rules of Go's {@code strconv}: integers
 * as {@code ParseInt(s, 0, 64)} reads them (so {@code 0755} is octal), floats as
 * {@code ParseFloat} reads them. Each method returns null when go-yaml would keep the text as a
 * string.
 */
final class GoNumbers {
  private GoNumbers() {
  }

  /**
   * A plain scalar starting with a digit or a sign. go-yaml drops every underscore, then tries a
   * signed 64-bit integer, then an unsigned one, then a YAML 1.2 style float. Unsigned values
   * above {@code Long.MAX_VALUE} (a Go {@code uint64}) have no exact place in the tree and become
   * the nearest Double; a float out of range (such as {@code 1e400}) stays a string, as in Go.
   */
  static Object integerOrFloat(String text) {
    String plain = text.indexOf('_') < 0 ? text : text.replace("_", "");
    Object integer = integer(plain);
    if (integer != null) {
      return integer;
    }
    if (isYamlStyleFloat(plain)) {
      return finite(Double.parseDouble(plain));
    }
    return null;
  }

  /**
   * A plain scalar starting with a dot that is not {@code .inf} or {@code .nan}: Go's
   * {@code ParseFloat} on the raw text, where an underscore is allowed only between two digits.
   */
  static Object dotFloat(String text) {
    int length = text.length();
    int mantissaEnd = digitsAndUnderscores(text, 1);
    if (!hasDigit(text, 1, mantissaEnd)) {
      return null;
    }
    int end = mantissaEnd;
    if (end < length && (text.charAt(end) == 'e' || text.charAt(end) == 'E')) {
      int exponentStart = end + 1;
      if (exponentStart < length && (text.charAt(exponentStart) == '+' || text.charAt(exponentStart) == '-')) {
        exponentStart++;
      }
      end = digitsAndUnderscores(text, exponentStart);
      if (!hasDigit(text, exponentStart, end)) {
        return null;
      }
    }
    if (end != length || !underscoresBetweenDigits(text)) {
      return null;
    }
    return finite(Double.parseDouble(text.indexOf('_') < 0 ? text : text.replace("_", "")));
  }

  /** Go's {@code ParseInt(s, 0, 64)}, falling back to {@code ParseUint} as go-yaml does. */
  private static Object integer(String s) {
    int length = s.length();
    int start = 0;
    boolean negative = false;
    if (length > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      start = 1;
    }
    if (start == length) {
      return null;
    }
    int radix = 10;
    int digits = start;
    if (s.charAt(start) == '0') {
      char prefix = length - start >= 3 ? Character.toLowerCase(s.charAt(start + 1)) : 0;
      radix = prefix == 'x' ? 16 : prefix == 'b' ? 2 : 8;
      digits = start + (prefix == 'x' || prefix == 'b' || prefix == 'o' ? 2 : 1);
    }
    for (int i = digits; i < length; i++) {
      if (digitValue(s.charAt(i)) >= radix) {
        return null;
      }
    }
    long magnitude;
    if (digits == length) {
      magnitude = 0;
    } else {
      try {
        magnitude = Long.parseUnsignedLong(s, digits, length, radix);
      } catch (NumberFormatException beyondUnsigned64) {
        return null;
      }
    }
    if (negative) {
      return magnitude >= 0 || magnitude == Long.MIN_VALUE ? Long.valueOf(-magnitude) : null;
    }
    if (magnitude >= 0) {
      return magnitude;
    }
    // Above int64: go-yaml takes it as a uint64 only when there is no sign (ParseUint has none).
    return start == 0 ? Double.parseDouble(Long.toUnsignedString(magnitude)) : null;
  }

  /** {@code ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$}, go-yaml's float pattern. */
  private static boolean isYamlStyleFloat(String s) {
    int length = s.length();
    int i = 0;
    if (i < length && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (i < length && s.charAt(i) == '.') {
      int end = digits(s, i + 1);
      if (end == i + 1) {
        return false;
      }
      i = end;
    } else {
      int end = digits(s, i);
      if (end == i) {
        return false;
      }
      i = end;
      if (i < length && s.charAt(i) == '.') {
        i = digits(s, i + 1);
      }
    }
    if (i < length && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < length && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int end = digits(s, i);
      if (end == i) {
        return false;
      }
      i = end;
    }
    return i == length;
  }

  private static Double finite(double value) {
    return Double.isInfinite(value) ? null : value;
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int digitsAndUnderscores(String s, int from) {
    int i = from;
    while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      i++;
    }
    return i;
  }

  private static boolean hasDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Go's rule for digit separators: each underscore sits between two digits. */
  private static boolean underscoresBetweenDigits(String s) {
    for (int i = s.indexOf('_'); i >= 0; i = s.indexOf('_', i + 1)) {
      if (i == 0 || i == s.length() - 1 || !isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of an ASCII digit or letter in bases up to 36; 99 for anything else. */
  private static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'z' ? lower - 'a' + 10 : 99;
  }
}
