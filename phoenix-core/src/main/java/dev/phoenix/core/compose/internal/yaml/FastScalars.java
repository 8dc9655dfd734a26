package dev.phoenix.core.compose.internal.yaml;

import static dev.phoenix.core.compose.internal.yaml.FastCursor.giveUp;
import static dev.phoenix.core.compose.internal.yaml.FastCursor.isBlank;

/**
 * The flow scalars of the fast reader, scanned by snakeyaml-engine's rules: plain scalars (folded
 * over lines in block context, one line in flow context), and single- and double-quoted scalars
 * with every escape and their line folding. Each method starts at the scalar's first character and
 * leaves the cursor just after the scalar's last one. Block scalars are {@link FastBlockScalars}.
 */
final class FastScalars {
  /** Simple keys longer than this are not keys to snakeyaml-engine (it stops at 1024). */
  static final int MAX_KEY_LENGTH = 1000;

  private final FastCursor in;
  private final char[] text;
  private final StringBuilder builder = new StringBuilder();

  FastScalars(FastCursor in) {
    this.in = in;
    this.text = in.text;
  }

  static boolean startsPlain(char c, char next, boolean flow) {
    if (!isBlank(c) && !isIndicator(c)) {
      return true;
    }
    if (flow) {
      return (c == '-' || c == '?') && !isBlank(next) && next != ',' && next != ']';
    }
    return (c == '-' || c == '?' || c == ':') && !isBlank(next);
  }

  /** Characters that cannot start a plain scalar (some can, followed by a non-blank). */
  private static boolean isIndicator(char c) {
    return switch (c) {
      case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> true;
      default -> false;
    };
  }

  private static boolean isFlowIndicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  /** Where a plain chunk starting at {@code from} ends: at a blank, or a {@code :} before a blank. */
  private int chunkEnd(int from, boolean flow) {
    int p = from;
    int end = text.length;
    while (p < end) {
      char c = text[p];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        break;
      }
      if (c == ':') {
        char next = in.at(p + 1);
        if (isBlank(next) || flow && isFlowIndicator(next)) {
          break;
        }
      }
      if (flow && isFlowIndicator(c)) {
        break;
      }
      p++;
    }
    return p;
  }

  /**
   * The chunks of a plain scalar on the current line, with the spaces between them; leaves the
   * cursor after the spaces that follow the last chunk and returns where that chunk ends.
   */
  private int lineOfChunks(boolean flow) {
    int last = in.pos;
    while (true) {
      int chunk = chunkEnd(in.pos, flow);
      if (chunk == in.pos) {
        return last;
      }
      last = chunk;
      in.pos = chunk;
      in.skipSpaces();
      char c = in.peek();
      if (in.pos == chunk || c == '#' || in.atLineEnd(in.pos)) {
        return last;
      }
    }
  }

  /**
   * A plain scalar in block context. A line break folds into a space (blank lines into line
   * breaks) when the next line is indented past {@code indent}, the indentation of the enclosing
   * block collection, and does not start with a comment.
   */
  String plainBlock(int indent) {
    if (indent < 0) {
      throw giveUp();
    }
    int segment = in.pos;
    int last = lineOfChunks(false);
    if (!in.atLineEnd(in.pos) || in.pos >= in.end) {
      in.pos = last;
      return in.text(segment, last);
    }
    StringBuilder value = null;
    while (true) {
      int endPos = last;
      int endLine = in.line;
      int endLineStart = in.lineStart;
      int breaks = 0;
      boolean content = false;
      while (in.newLine()) {
        in.skipSpaces();
        if (!in.atLineEnd(in.pos)) {
          content = true;
          break;
        }
        breaks++;
      }
      if (!content || in.peek() == '#' || in.column() < indent + 1
          || chunkEnd(in.pos, false) == in.pos) {
        in.pos = endPos;
        in.line = endLine;
        in.lineStart = endLineStart;
        return value == null ? in.text(segment, endPos)
            : value.append(text, segment, endPos - segment).toString();
      }
      if (value == null) {
        value = builder;
        value.setLength(0);
      }
      value.append(text, segment, endPos - segment);
      if (breaks == 0) {
        value.append(' ');
      } else {
        for (int i = 0; i < breaks; i++) {
          value.append('\n');
        }
      }
      segment = in.pos;
      last = lineOfChunks(false);
      if (!in.atLineEnd(in.pos) || in.pos >= in.end) {
        in.pos = last;
        return value.append(text, segment, last - segment).toString();
      }
    }
  }

  /**
   * A plain scalar in flow context, on one line. When it ends at a line break, the next content
   * must close or continue the collection, or be a comment; otherwise snakeyaml-engine would fold
   * the scalar over the lines, which the fast reader leaves to it.
   */
  String plainFlow() {
    int start = in.pos;
    int last = lineOfChunks(true);
    if (in.atLineEnd(in.pos)) {
      int p = in.pos;
      while (p < in.end && (text[p] == ' ' || text[p] == '\n' || text[p] == '\r')) {
        p++;
      }
      char next = in.at(p);
      if (next != ',' && next != ']' && next != '}' && next != '#') {
        throw giveUp();
      }
    }
    in.pos = last;
    return in.text(start, last);
  }

  /**
   * A quoted scalar, which may span lines: a line break folds into a space, blank lines into line
   * breaks, the spaces around a break go, and in double quotes an escaped break joins the lines.
   */
  String quoted() {
    boolean isDouble = text[in.pos] == '"';
    char quote = text[in.pos];
    int start = in.pos + 1;
    int p = start;
    while (p < in.end) {
      char c = text[p];
      if (c == quote || c == '\\' || c == '\n' || c == '\r' || c == '\t') {
        break;
      }
      p++;
    }
    if (p < in.end && text[p] == quote && (isDouble || in.at(p + 1) != '\'')) {
      in.pos = p + 1;
      return in.text(start, p);
    }
    in.pos = start;
    StringBuilder value = builder;
    value.setLength(0);
    while (true) {
      nonSpaces(isDouble, value);
      if (in.peek() == quote) {
        in.pos++;
        return value.toString();
      }
      spaces(value);
    }
  }

  private void nonSpaces(boolean isDouble, StringBuilder value) {
    while (in.pos < in.end) {
      char c = text[in.pos];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        return;
      }
      if (c == '\'') {
        if (isDouble) {
          value.append(c);
          in.pos++;
        } else if (in.at(in.pos + 1) == '\'') {
          value.append(c);
          in.pos += 2;
        } else {
          return;
        }
      } else if (c == '"') {
        if (isDouble) {
          return;
        }
        value.append(c);
        in.pos++;
      } else if (c == '\\' && isDouble) {
        escape(value);
      } else {
        value.append(c);
        in.pos++;
      }
    }
  }

  private void escape(StringBuilder value) {
    in.pos++;
    char c = in.peek();
    String replacement = replacement(c);
    if (replacement != null) {
      value.append(replacement);
      in.pos++;
      return;
    }
    int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits > 0) {
      in.pos++;
      if (in.pos + digits > in.end) {
        throw giveUp();
      }
      int code = 0;
      for (int i = 0; i < digits; i++) {
        int digit = Character.digit(text[in.pos + i], 16);
        if (digit < 0 || text[in.pos + i] > 'f') {
          throw giveUp();
        }
        code = code * 16 + digit;
      }
      if (code < 0 || code > Character.MAX_CODE_POINT) {
        throw giveUp();
      }
      value.appendCodePoint(code);
      in.pos += digits;
      return;
    }
    if (c == '\n' || c == '\r') {
      in.newLine();
      breaks(value);
      return;
    }
    throw giveUp();
  }

  /** The text of a one-character escape in double quotes, or null. */
  private static String replacement(char c) {
    return switch (c) {
      case '0' -> "\0";
      case 'a' -> "\u0007";
      case 'b' -> "\b";
      case 't' -> "\t";
      case 'n' -> "\n";
      case 'v' -> "\u000B";
      case 'f' -> "\f";
      case 'r' -> "\r";
      case 'e' -> "\u001B";
      case ' ' -> " ";
      case '"' -> "\"";
      case '/' -> "/";
      case '\\' -> "\\";
      case 'N' -> "\u0085";
      case '_' -> "\u00A0";
      default -> null;
    };
  }

  private void spaces(StringBuilder value) {
    int start = in.pos;
    while (in.pos < in.end && (text[in.pos] == ' ' || text[in.pos] == '\t')) {
      in.pos++;
    }
    if (in.pos >= in.end) {
      throw giveUp();
    }
    if (!in.atLineEnd(in.pos)) {
      value.append(text, start, in.pos - start);
      return;
    }
    in.newLine();
    int before = value.length();
    breaks(value);
    if (value.length() == before) {
      value.append(' ');
    }
  }

  /** The line breaks after a folded one, and the indentation of the line that continues the scalar. */
  private void breaks(StringBuilder value) {
    while (true) {
      if (in.pos == in.lineStart && (in.at(in.pos) == '-' || in.at(in.pos) == '.' || in.at(in.pos) == '%')) {
        throw giveUp();
      }
      while (in.pos < in.end && text[in.pos] == ' ') {
        in.pos++;
      }
      if (in.pos < in.end && text[in.pos] == '\t') {
        throw giveUp();
      }
      if (in.pos >= in.end) {
        throw giveUp();
      }
      if (!in.atLineEnd(in.pos)) {
        return;
      }
      in.newLine();
      value.append('\n');
    }
  }
}
