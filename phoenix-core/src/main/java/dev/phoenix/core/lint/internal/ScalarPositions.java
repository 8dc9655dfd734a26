package dev.phoenix.core.lint.internal;

import dev.phoenix.api.SourceLocation;

/**
 * Finds where a character of a scalar's value stands in the raw text. The loader records where
 * each scalar starts (its opening quote, its {@code |}/{@code >} indicator, or its first
 * character); from there the value and the raw text are walked side by side: equal characters
 * match, escapes ({@code \x} in double quotes, {@code ''} in single quotes) stand for one value
 * character, and whitespace that folding or indentation removed is skipped. A character the walk
 * cannot match falls back to the start of the scalar, so a position is never invented.
 */
final class ScalarPositions {
  private ScalarPositions() {
  }

  /** The place of {@code value.charAt(index)}, for the scalar recorded at {@code start}. */
  static Place place(SourceText source, SourceLocation start, String value, int index) {
    int begin = source.offset(start);
    if (begin < 0) {
      return source.place(start);
    }
    String raw = source.text();
    char first = begin < raw.length() ? raw.charAt(begin) : 0;
    int r = begin;
    if (first == '"' || first == '\'') {
      r++;
    } else if (first == '|' || first == '>') {
      int lineEnd = raw.indexOf('\n', begin);
      if (lineEnd < 0) {
        return source.place(start);
      }
      r = lineEnd + 1;
    }
    for (int v = 0; v <= index && v < value.length(); ) {
      if (r >= raw.length()) {
        return source.place(start);
      }
      char c = raw.charAt(r);
      char wanted = value.charAt(v);
      if (first == '"' && c == '\\') {
        int length = escapeLength(raw, r);
        if (length < 0) {
          r = skipLineBreak(raw, r + 1);
          continue;
        }
        if (v == index) {
          return source.place(r);
        }
        r += length;
        v++;
      } else if (first == '\'' && c == '\'' && r + 1 < raw.length() && raw.charAt(r + 1) == '\'') {
        if (v == index) {
          return source.place(r);
        }
        r += 2;
        v++;
      } else if (c == wanted) {
        if (v == index) {
          return source.place(r);
        }
        r++;
        v++;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        r++;
      } else if (wanted == ' ' || wanted == '\n') {
        v++;
      } else {
        return source.place(start);
      }
    }
    return source.place(start);
  }

  /** The length of the escape at {@code r} in a double-quoted scalar, or -1 for a line continuation. */
  private static int escapeLength(String raw, int r) {
    char kind = r + 1 < raw.length() ? raw.charAt(r + 1) : 0;
    return switch (kind) {
      case 'x' -> 4;
      case 'u' -> 6;
      case 'U' -> 10;
      case '\n', '\r' -> -1;
      default -> 2;
    };
  }

  private static int skipLineBreak(String raw, int r) {
    int p = r;
    while (p < raw.length() && (raw.charAt(p) == '\r' || raw.charAt(p) == '\n')) {
      p++;
    }
    return p;
  }
}
