package dev.phoenix.core.compose.internal.interpolation;

/**
 * Number literals as Go's {@code strconv} reads them, which is what Compose accepts at a typed
 * path. Java's own parsers differ at the edges (they take Unicode digits, surrounding spaces and
 * {@code d}/{@code f} suffixes), so the syntax is checked here first.
 */
final class GoNumbers {
  private GoNumbers() {
  }

  /** {@code strconv.ParseInt(s, 10, 64)}: an optional sign and ASCII digits; null otherwise. */
  static Long parseInt(String text) {
    int start = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
    if (start == text.length()) {
      return null;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException outOfRange) {
      return null;
    }
  }

  /**
   * {@code strconv.ParseFloat(s, 64 or 32)}: decimal or hexadecimal (with a {@code p} exponent)
   * literals, underscores between digits, {@code Inf}, {@code Infinity} and {@code NaN} in any
   * case; null for anything else or a value out of range.
   */
  static Double parseFloat(String text, boolean float32) {
    if (text.isEmpty()) {
      return null;
    }
    boolean signed = text.charAt(0) == '+' || text.charAt(0) == '-';
    String unsigned = signed ? text.substring(1) : text;
    if (unsigned.equalsIgnoreCase("inf") || unsigned.equalsIgnoreCase("infinity")) {
      return text.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (!signed && unsigned.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    boolean hex = unsigned.length() > 2 && unsigned.charAt(0) == '0'
        && (unsigned.charAt(1) == 'x' || unsigned.charAt(1) == 'X');
    if (!wellFormed(unsigned, hex) || (text.indexOf('_') >= 0 && !underscoresOk(unsigned, hex))) {
      return null;
    }
    double value = Double.parseDouble(text.replace("_", ""));
    if (Double.isInfinite(value) || (float32 && Float.isInfinite((float) value))) {
      return null;
    }
    return value;
  }

  private static boolean wellFormed(String text, boolean hex) {
    int i = hex ? 2 : 0;
    boolean digits = false;
    boolean dot = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDigit(c, hex)) {
        digits = true;
      } else if (c == '.' && !dot) {
        dot = true;
      } else if (c != '_') {
        break;
      }
    }
    if (!digits) {
      return false;
    }
    if (i == text.length()) {
      return !hex;
    }
    char exponent = Character.toLowerCase(text.charAt(i));
    if (exponent != (hex ? 'p' : 'e')) {
      return false;
    }
    i++;
    if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    boolean exponentDigits = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        exponentDigits = true;
      } else if (c != '_') {
        return false;
      }
    }
    return exponentDigits;
  }

  /** Go's rule: an underscore sits between two digits, or between the base prefix and a digit. */
  private static boolean underscoresOk(String text, boolean hex) {
    char saw = '^';
    int i = 0;
    if (hex) {
      i = 2;
      saw = '0';
    }
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDigit(c, hex)) {
        saw = '0';
      } else if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
      } else if (saw == '_') {
        return false;
      } else {
        saw = '!';
      }
    }
    return saw != '_';
  }

  private static boolean isDigit(char c, boolean hex) {
    return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
  }
}
