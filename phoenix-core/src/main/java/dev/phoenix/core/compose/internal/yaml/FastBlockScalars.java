package dev.phoenix.core.compose.internal.yaml;

import static dev.phoenix.core.compose.internal.yaml.FastCursor.giveUp;
import static dev.phoenix.core.compose.internal.yaml.FastCursor.isBlank;

/**
 * Literal ({@code |}) and folded ({@code >}) block scalars for the fast reader, with their chomping
 * ({@code -}, {@code +}) and indentation ({@code 1}-{@code 9}) indicators, scanned by
 * snakeyaml-engine's rules, including how it finds the indentation from the first lines. It gives
 * up where those rules have corners of their own: a scalar cut off by the end of the text, an
 * empty one followed by less indented content, tabs in the indentation.
 */
final class FastBlockScalars {
  private final FastCursor in;
  private final char[] text;
  private final StringBuilder builder = new StringBuilder();

  FastBlockScalars(FastCursor in) {
    this.in = in;
    this.text = in.text;
  }

  /**
   * A literal ({@code |}) or folded ({@code >}) block scalar whose content is indented past
   * {@code indent}, the indentation of the enclosing block collection. Leaves the cursor where the
   * scalar's last line ended, possibly inside the indentation of a later line.
   */
  String block(int indent) {
    boolean folded = text[in.pos] == '>';
    in.pos++;
    char chomping = 0;
    int increment = 0;
    char c = in.peek();
    if (c == '+' || c == '-') {
      chomping = c;
      in.pos++;
      increment = indentationIndicator();
    } else if (c >= '0' && c <= '9') {
      increment = indentationIndicator();
      c = in.peek();
      if (c == '+' || c == '-') {
        chomping = c;
        in.pos++;
      }
    }
    if (!isBlank(in.peek()) || in.peek() == '\t') {
      throw giveUp();
    }
    in.endOfLine();
    in.newLine();
    int minIndent = Math.max(indent + 1, 1);
    StringBuilder value = builder;
    value.setLength(0);
    int blockIndent;
    int breaks;
    int maxIndent = 0;
    if (increment > 0) {
      blockIndent = minIndent + increment - 1;
      breaks = blockBreaks(blockIndent);
    } else {
      breaks = 0;
      while (in.pos < in.end) {
        char next = text[in.pos];
        if (next == ' ') {
          in.pos++;
          maxIndent = Math.max(maxIndent, in.column());
        } else if (next == '\n' || next == '\r') {
          in.newLine();
          breaks++;
        } else {
          break;
        }
      }
      blockIndent = Math.max(minIndent, maxIndent);
    }
    // An empty block scalar, or a first line less indented than the blank lines before it.
    if (in.column() < blockIndent && (in.peek() == '\t' || indent != in.column() || maxIndent > in.column())) {
      throw giveUp();
    }
    boolean lineBreak = false;
    while (in.column() == blockIndent && in.pos < in.end) {
      appendBreaks(value, breaks);
      boolean leadingNonSpace = in.peek() != ' ' && in.peek() != '\t';
      int start = in.pos;
      in.toLineEnd();
      value.append(text, start, in.pos - start);
      lineBreak = in.newLine();
      breaks = blockBreaks(blockIndent);
      if (in.column() != blockIndent || in.pos >= in.end) {
        break;
      }
      if (folded && lineBreak && leadingNonSpace && in.peek() != ' ' && in.peek() != '\t') {
        if (breaks == 0) {
          value.append(' ');
        }
      } else if (lineBreak) {
        value.append('\n');
      }
    }
    if (in.pos >= in.end && (in.end == 0 || text[in.end - 1] != '\n')) {
      // snakeyaml-engine chomps a block scalar cut off by the end of the text by rules of its own.
      throw giveUp();
    }
    if (chomping != '-' && lineBreak) {
      value.append('\n');
    }
    if (chomping == '+') {
      appendBreaks(value, breaks);
    }
    return value.toString();
  }

  private int indentationIndicator() {
    char c = in.peek();
    if (c < '0' || c > '9') {
      return 0;
    }
    if (c == '0') {
      throw giveUp();
    }
    in.pos++;
    return c - '0';
  }

  /** Line breaks and up to {@code blockIndent} spaces of indentation on each following line. */
  private int blockBreaks(int blockIndent) {
    int breaks = 0;
    while (true) {
      while (in.pos < in.end && text[in.pos] == ' ' && in.column() < blockIndent) {
        in.pos++;
      }
      if (in.pos < in.end && text[in.pos] == '\t' && in.column() < blockIndent) {
        throw giveUp();
      }
      if (in.pos >= in.end || !in.atLineEnd(in.pos)) {
        return breaks;
      }
      in.newLine();
      breaks++;
    }
  }

  private static void appendBreaks(StringBuilder value, int breaks) {
    for (int i = 0; i < breaks; i++) {
      value.append('\n');
    }
  }
}
