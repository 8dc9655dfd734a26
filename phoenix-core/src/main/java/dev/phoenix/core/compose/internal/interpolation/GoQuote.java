package dev.phoenix.core.compose.internal.interpolation;

/**
 * Quotes a string for an error message the way Go's {@code %q} does, so a template holding a
 * newline or a quote still reads as one unambiguous token.
 */
final class GoQuote {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoQuote() {
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
