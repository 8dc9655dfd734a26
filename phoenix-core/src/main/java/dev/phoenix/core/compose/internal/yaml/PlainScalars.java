package dev.phoenix.core.compose.internal.yaml;

/**
 * What go-yaml v3 makes of an untagged plain scalar, the schema Docker Compose reads files with:
 * YAML 1.2 booleans and nulls in their three spellings, Go integers (octal {@code 0755} included),
 * YAML 1.2 floats, and a string for everything else ({@code yes}, {@code on}, {@code 22:22},
 * {@code 2001-12-14}).
 */
final class PlainScalars {
  private PlainScalars() {
  }

  /** The value of a plain scalar: String, Long, Double, Boolean, or null. */
  static Object resolve(String text) {
    if (text.isEmpty()) {
      return null;
    }
    // go-yaml looks at the first character to decide which readings to try.
    switch (text.charAt(0)) {
      case 't', 'T', 'f', 'F', 'n', 'N', '~':
        return keyword(text);
      case '.', '+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
        return number(text);
      default:
        return text;
    }
  }

  private static Object keyword(String text) {
    if (text.length() > 5) {
      // Longer than "false": spares hashing names such as "nginx:latest" or "node.labels.zone".
      return text;
    }
    return switch (text) {
      case "true", "True", "TRUE" -> Boolean.TRUE;
      case "false", "False", "FALSE" -> Boolean.FALSE;
      case "~", "null", "Null", "NULL" -> null;
      default -> text;
    };
  }

  private static Object number(String text) {
    switch (text) {
      case ".nan", ".NaN", ".NAN":
        return Double.NaN;
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
        return Double.POSITIVE_INFINITY;
      case "-.inf", "-.Inf", "-.INF":
        return Double.NEGATIVE_INFINITY;
      default:
        Object number = text.charAt(0) == '.' ? GoNumbers.dotFloat(text) : GoNumbers.integerOrFloat(text);
        return number != null ? number : text;
    }
  }
}
