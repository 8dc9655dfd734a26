package dev.phoenix.core.compose.internal.yaml;

/**
 * The fast reader's position in the text, with the line and column bookkeeping snakeyaml-engine
 * does (columns count code points, a leading byte order mark takes no column), and the moves
 * between lines that every part of the fast reader shares. Only spaces indent and separate: a tab
 * outside a quoted or block scalar, like anything else the fast reader is not sure of, makes it
 * {@linkplain #giveUp() give up}.
 */
final class FastCursor {
  final char[] text;
  private final String content;
  final int end;
  private final boolean surrogates;
  int pos;
  int line;
  int lineStart;
  /** The last column counted in code points, on the line starting at {@code countedLineStart}. */
  private int countedLineStart = -1;
  private int countedIndex;
  private int countedColumn;

  FastCursor(String content) {
    this.content = content;
    this.text = content.toCharArray();
    this.end = text.length;
    this.surrogates = checkCharacters(text);
    if (end > 0 && text[0] == '\uFEFF') {
      pos = 1;
      lineStart = 1;
    }
  }

  /** The signal to abandon the fast path; thrown, it carries no stack trace and costs nothing. */
  static GiveUp giveUp() {
    return GiveUp.INSTANCE;
  }

  /** Thrown when the fast reader meets anything outside the subset it reads exactly. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("the fast YAML reader gave up", null, false, false);
    }
  }

  /**
   * Refuses what snakeyaml-engine's reader refuses or treats specially (control characters, DEL,
   * C1 controls including NEL, the Unicode line and paragraph separators, non-characters, a byte
   * order mark past the start, lone surrogates, a carriage return without a line feed).
   *
   * @return whether the text has surrogate pairs, whose columns need counting by code point
   */
  private static boolean checkCharacters(char[] text) {
    boolean surrogates = false;
    int length = text.length;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      // One unsigned comparison for the printable ASCII that makes up nearly every file.
      if ((char) (c - 0x20) < 0x5F || c == '\n' || c == '\t') {
        continue;
      }
      if (c == '\r') {
        if (i + 1 < length && text[i + 1] == '\n') {
          continue;
        }
        throw giveUp();
      }
      if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF || c == 0xFEFF && i > 0) {
        throw giveUp();
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 >= length || !Character.isLowSurrogate(text[i + 1])) {
          throw giveUp();
        }
        surrogates = true;
        i++;
      }
    }
    return surrogates;
  }

  /**
   * The text between two indexes, cut from the original string: cheaper than from the character
   * array, which would check again whether each character fits in a byte.
   */
  String text(int from, int to) {
    return content.substring(from, to);
  }

  char at(int index) {
    return index < end ? text[index] : 0;
  }

  char peek() {
    return pos < end ? text[pos] : 0;
  }

  /** Space, tab, line break or the end: what ends a plain chunk or follows an indicator. */
  static boolean isBlank(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0;
  }

  boolean atLineEnd(int index) {
    return index >= end || text[index] == '\n' || text[index] == '\r';
  }

  int column() {
    return column(pos);
  }

  /** The column of an index on the current line, in code points as snakeyaml-engine counts. */
  int column(int index) {
    if (!surrogates) {
      return index - lineStart;
    }
    // Counted on from the last index asked about, so that a long line costs linear time in all.
    if (countedLineStart != lineStart || index < countedIndex) {
      countedLineStart = lineStart;
      countedIndex = lineStart;
      countedColumn = 0;
    }
    countedColumn += Character.codePointCount(text, countedIndex, index - countedIndex);
    countedIndex = index;
    return countedColumn;
  }

  /** The column of an index on an earlier line that started at {@code start}. */
  int column(int index, int start) {
    return surrogates ? Character.codePointCount(text, start, index - start) : index - start;
  }

  /** Skips spaces on this line; a tab among them is beyond the fast reader. */
  void skipSpaces() {
    // Locals, not fields, in the loops that every character goes through.
    char[] chars = text;
    int limit = chars.length;
    int p = pos;
    while (p < limit && chars[p] == ' ') {
      p++;
    }
    if (p < limit && chars[p] == '\t') {
      throw giveUp();
    }
    pos = p;
  }

  /**
   * Requires the rest of the line to be empty, spaces or a comment. A comment must be set off by a
   * space, or start the line, as the YAML specification asks.
   */
  void endOfLine() {
    int before = pos;
    skipSpaces();
    if (pos < end && text[pos] == '#') {
      if (pos == before && pos > lineStart) {
        throw giveUp();
      }
      toLineEnd();
    }
    if (!atLineEnd(pos)) {
      throw giveUp();
    }
  }

  /** Moves to the end of the line: past a comment, or the content of a block scalar's line. */
  void toLineEnd() {
    // String.indexOf is vectorized; a carriage return only ever comes before a line feed.
    int lineFeed = content.indexOf('\n', pos);
    int p = lineFeed < 0 ? end : lineFeed;
    pos = p > pos && text[p - 1] == '\r' ? p - 1 : p;
  }

  /** Moves past the line break at {@code pos}; false at the end of the text. */
  boolean newLine() {
    if (pos >= end) {
      return false;
    }
    pos += text[pos] == '\r' ? 2 : 1;
    line++;
    lineStart = pos;
    return true;
  }

  /**
   * From the end of a line, moves to the first character of the next line that has any content
   * other than spaces and a comment; false (at the end of the text) when there is none.
   */
  boolean nextContentLine() {
    while (newLine()) {
      if (lineContent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Skips the spaces at the start of the current line; true when content follows, false when the
   * line is empty or a comment (then {@code pos} is at its end).
   */
  boolean lineContent() {
    skipSpaces();
    if (pos < end && text[pos] == '#') {
      toLineEnd();
      return false;
    }
    return !atLineEnd(pos);
  }

  /**
   * After a block scalar, which stops somewhere in the indentation of a later line: moves to the
   * next content, as the scanner does when it looks for the next token.
   */
  void settle() {
    if (!lineContent()) {
      nextContentLine();
    }
  }

  /**
   * The column of the content at {@code pos}, or -1 at the end of the text or at a document
   * marker, which ends every block collection.
   */
  int contentColumn() {
    if (pos >= end) {
      return -1;
    }
    if (pos == lineStart && (atMarker('-') || atMarker('.'))) {
      return -1;
    }
    return column();
  }

  /** {@code ---} or {@code ...} at {@code pos}, followed by a blank. */
  boolean atMarker(char c) {
    return at(pos) == c && at(pos + 1) == c && at(pos + 2) == c && isBlank(at(pos + 3));
  }

  /** A block sequence entry: {@code -} followed by a blank. */
  boolean atBlockEntry() {
    return peek() == '-' && isBlank(at(pos + 1));
  }
}
