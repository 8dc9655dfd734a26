package dev.phoenix.core.lint.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where templates stand inside one string, read with the same lexical rules as the loader's
 * {@code Template}: {@code $$} is an escaped dollar, {@code $NAME} and <code>${NAME</code> start a
 * variable, names match {@code [_a-zA-Z][_a-zA-Z0-9]*}.
 */
final class TemplateTokens {
  private TemplateTokens() {
  }

  /**
   * The index of the {@code $} of the {@code occurrence}-th (0-based) use of {@code name}, the
   * last one when there are fewer, or 0 when there is none.
   */
  static int occurrence(String text, String name, int occurrence) {
    int found = -1;
    int count = 0;
    int i = 0;
    while (i < text.length() - 1) {
      if (text.charAt(i) != '$') {
        i++;
        continue;
      }
      char next = text.charAt(i + 1);
      if (next == '$') {
        i += 2;
        continue;
      }
      int nameStart = next == '{' ? i + 2 : i + 1;
      int nameEnd = nameEnd(text, nameStart);
      if (nameEnd > nameStart && text.substring(nameStart, nameEnd).equals(name)) {
        found = i;
        if (count++ == occurrence) {
          return i;
        }
      }
      i = Math.max(nameEnd, i + 1);
    }
    return Math.max(found, 0);
  }

  /** The indexes of each {@code $} (not escaped) followed by a digit or one of {@code specials}. */
  static List<Integer> shellLikeDollars(String text, String specials) {
    List<Integer> result = new ArrayList<>();
    int i = 0;
    while (i < text.length() - 1) {
      if (text.charAt(i) != '$') {
        i++;
        continue;
      }
      char next = text.charAt(i + 1);
      if (next == '$') {
        i += 2;
        continue;
      }
      if ((next >= '0' && next <= '9') || specials.indexOf(next) >= 0) {
        result.add(i);
      }
      i++;
    }
    return result;
  }

  private static int nameEnd(String text, int start) {
    if (start >= text.length() || !isNameStart(text.charAt(start))) {
      return start;
    }
    int end = start + 1;
    while (end < text.length() && (isNameStart(text.charAt(end)) || (text.charAt(end) >= '0' && text.charAt(end) <= '9'))) {
      end++;
    }
    return end;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
