package dev.phoenix.core.lint.internal;

import dev.phoenix.api.SourceLocation;

/**
 * Finds where a mapping key is written. The loader's tree records where each value starts; the
 * key is the last occurrence of its text (plain or quoted) followed by a colon before that
 * position. When it cannot be found there, the value's own position is used.
 */
final class KeyPositions {
  private KeyPositions() {
  }

  /** The place of {@code key}, whose value the tree records at {@code valueStart}. */
  static Place place(SourceText source, SourceLocation valueStart, String key) {
    int limit = source.offset(valueStart);
    if (limit < 0) {
      return source.place(valueStart);
    }
    String raw = source.text();
    int best = -1;
    for (String written : new String[] {key, "\"" + key + "\"", "'" + key + "'"}) {
      int from = limit;
      while (from >= 0) {
        int at = raw.lastIndexOf(written, from);
        if (at < 0) {
          break;
        }
        if (startsToken(raw, at) && colonFollows(raw, at + written.length()) && at + written.length() <= limit) {
          best = Math.max(best, at);
          break;
        }
        from = at - 1;
      }
    }
    return best >= 0 ? source.place(best) : source.place(valueStart);
  }

  private static boolean startsToken(String raw, int at) {
    if (at == 0) {
      return true;
    }
    char before = raw.charAt(at - 1);
    return before == ' ' || before == '\t' || before == '\n' || before == '{' || before == ',' || before == '-';
  }

  private static boolean colonFollows(String raw, int end) {
    int p = end;
    while (p < raw.length() && (raw.charAt(p) == ' ' || raw.charAt(p) == '\t')) {
      p++;
    }
    return p < raw.length() && raw.charAt(p) == ':';
  }
}
