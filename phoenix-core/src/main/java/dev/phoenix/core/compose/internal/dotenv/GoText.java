package dev.phoenix.core.compose.internal.dotenv;

/**
 * The character classes the Go env-file parsers use, which differ from Java's
 * {@link Character#isWhitespace} (Go counts no-break spaces as space, Java does not).
 */
final class GoText {
  private GoText() {
  }

  /** Go {@code unicode.IsSpace}: the Unicode White_Space property. */
  static boolean isSpace(int c) {
    if (c <= 0xff) {
      return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xa0;
    }
    return Character.isSpaceChar(c);
  }

  /** The dotenv parser's own "space": blanks that are not a line break. */
  static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == 0x0b || c == '\f' || c == '\r' || c == 0x85 || c == 0xa0;
  }

  /** Go regular expression {@code \s}: ASCII space, tab, newline, form feed, carriage return. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** Letters and digits of any script, {@code _ . - [ ]}: what a .env key may hold. */
  static boolean isKeyCodePoint(int c) {
    if (c == '_' || c == '.' || c == '-' || c == '[' || c == ']') {
      return true;
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  static String trimRight(String text) {
    int end = text.length();
    while (end > 0) {
      int c = text.codePointBefore(end);
      if (!isSpace(c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return text.substring(0, end);
  }

  static String trimLeft(String text) {
    int start = 0;
    while (start < text.length()) {
      int c = text.codePointAt(start);
      if (!isSpace(c)) {
        break;
      }
      start += Character.charCount(c);
    }
    return text.substring(start);
  }

  /** A short double-quoted rendering for messages. */
  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
