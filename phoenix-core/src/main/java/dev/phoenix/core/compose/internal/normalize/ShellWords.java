package dev.phoenix.core.compose.internal.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code command} or {@code entrypoint} string into arguments the way Compose does (the Go
 * {@code shellwords} library, without environment or backtick expansion): blanks separate words,
 * quotes group, a backslash escapes the next character outside single quotes, and an unquoted
 * {@code ; & | < >} ends the command.
 */
final class ShellWords {
  private enum Word { NONE, PLAIN, QUOTED }

  private ShellWords() {
  }

  /** The words of {@code line}; an unterminated quote or escape is an error. */
  static List<String> split(String line) {
    List<String> args = new ArrayList<>();
    StringBuilder buffer = new StringBuilder();
    boolean escaped = false;
    boolean doubleQuoted = false;
    boolean singleQuoted = false;
    boolean backQuote = false;
    boolean dollarQuote = false;
    Word word = Word.NONE;
    int i = 0;
    loop:
    while (i < line.length()) {
      int r = line.codePointAt(i);
      i += Character.charCount(r);
      if (escaped) {
        buffer.appendCodePoint(r);
        escaped = false;
        word = Word.PLAIN;
        continue;
      }
      if (r == '\\') {
        if (singleQuoted) {
          buffer.append('\\');
        } else {
          escaped = true;
        }
        continue;
      }
      if (r == ' ' || r == '\t' || r == '\r' || r == '\n') {
        if (singleQuoted || doubleQuoted || backQuote || dollarQuote) {
          buffer.appendCodePoint(r);
        } else if (word != Word.NONE) {
          args.add(buffer.toString());
          buffer.setLength(0);
          word = Word.NONE;
        }
        continue;
      }
      switch (r) {
        case '`' -> {
          if (!singleQuoted && !doubleQuoted && !dollarQuote) {
            backQuote = !backQuote;
          }
        }
        case ')' -> {
          if (!singleQuoted && !doubleQuoted && !backQuote) {
            dollarQuote = !dollarQuote;
          }
        }
        case '(' -> {
          if (!singleQuoted && !doubleQuoted && !backQuote) {
            if (!dollarQuote && buffer.length() > 0 && buffer.charAt(buffer.length() - 1) == '$') {
              dollarQuote = true;
              buffer.append('(');
              continue;
            }
            throw invalid();
          }
        }
        case '"' -> {
          if (!singleQuoted && !dollarQuote) {
            if (doubleQuoted) {
              word = Word.QUOTED;
            }
            doubleQuoted = !doubleQuoted;
            continue;
          }
        }
        case '\'' -> {
          if (!doubleQuoted && !dollarQuote) {
            if (singleQuoted) {
              word = Word.QUOTED;
            }
            singleQuoted = !singleQuoted;
            continue;
          }
        }
        case ';', '&', '|', '<', '>' -> {
          if (!(singleQuoted || doubleQuoted || backQuote || dollarQuote)) {
            if (r == '>' && buffer.length() > 0 && buffer.chars().allMatch(c -> c >= '0' && c <= '9')) {
              // "2>file": the digits name a file descriptor, not an argument
              word = Word.NONE;
            }
            break loop;
          }
        }
        default -> {
        }
      }
      word = Word.PLAIN;
      buffer.appendCodePoint(r);
    }
    if (word != Word.NONE) {
      args.add(buffer.toString());
    }
    if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) {
      throw invalid();
    }
    return args;
  }

  private static IllegalArgumentException invalid() {
    return new IllegalArgumentException("invalid command line string");
  }
}
