package dev.phoenix.core.compose.internal.yaml;

import static dev.phoenix.core.compose.internal.yaml.FastCursor.giveUp;

import dev.phoenix.core.compose.internal.yaml.FastEvents.Properties;
import org.snakeyaml.engine.v2.events.Event;

/**
 * The fast reader's parser for the block structure of the YAML that Compose files use: documents
 * separated by {@code ---}, each a block mapping at column 1; block mappings with simple plain or
 * quoted keys; block sequences, also at their key's indentation and with compact nested mappings
 * and sequences ({@code - key: v}, {@code - - a}); properties before a node on the same line or
 * alone on the key's line; and {@linkplain FastScalars scalars} and {@linkplain FastFlow flow
 * collections} as values.
 *
 * <p>Indentation is handled as snakeyaml-engine's scanner handles it, with the scanner's indent
 * (the column of the innermost block collection) deciding where plain and block scalars may
 * continue. Anything else, and anything snakeyaml-engine would reject, makes it give up: keys with
 * properties, aliases or {@code ?}, directives, {@code ...}, tabs, a line indented to a column no
 * enclosing collection has, a top level that is not a mapping.
 */
final class FastParser {
  private final FastCursor in;
  private final FastScalars scalars;
  private final FastBlockScalars blockScalars;
  private final FastEvents events;
  private final FastFlow flow;
  private final int maxDepth;
  /** The plain key {@link #lineIsKey()} last found, so that {@link #key()} need not scan it again. */
  private int keyStart = -1;
  private int keyEnd;

  private FastParser(FastCursor in, int maxDepth) {
    this.in = in;
    this.scalars = new FastScalars(in);
    this.blockScalars = new FastBlockScalars(in);
    this.events = new FastEvents(in);
    this.flow = new FastFlow(in, scalars, events, maxDepth);
    this.maxDepth = maxDepth;
  }

  /**
   * The parse events of a whole stream.
   *
   * @throws FastCursor.GiveUp when the text is beyond the fast reader
   */
  static FastEvents events(String content, int maxDepth) {
    FastParser parser = new FastParser(new FastCursor(content), maxDepth);
    parser.stream();
    return parser.events;
  }

  private void stream() {
    events.structural(Event.ID.StreamStart);
    boolean content = in.lineContent() || in.nextContentLine();
    while (content) {
      boolean explicit = in.pos == in.lineStart && in.atMarker('-');
      events.structural(Event.ID.DocumentStart);
      if (explicit) {
        in.pos += 3;
        in.endOfLine();
        content = in.nextContentLine();
        if (!content || in.pos == in.lineStart && in.atMarker('-')) {
          events.empty(null, in.line, in.column());
          events.structural(Event.ID.DocumentEnd);
          continue;
        }
      }
      if (in.pos != in.lineStart || in.atMarker('.') || !lineIsKey()) {
        throw giveUp();
      }
      mapping(0, null, 1);
      content = in.pos < in.end;
      if (content && !in.atMarker('-')) {
        throw giveUp();
      }
      events.structural(Event.ID.DocumentEnd);
    }
    events.structural(Event.ID.StreamEnd);
  }

  /** A block mapping whose first key is at the cursor, at column {@code column}. */
  private void mapping(int column, Properties properties, int depth) {
    if (depth > maxDepth) {
      throw giveUp();
    }
    events.start(Event.ID.MappingStart, properties, in.line, in.column());
    while (true) {
      key();
      value(column, depth);
      int next = in.contentColumn();
      if (next < column) {
        break;
      }
      if (next > column || in.atBlockEntry()) {
        throw giveUp();
      }
    }
    events.structural(Event.ID.MappingEnd);
  }

  /** A simple key and its {@code :}; leaves the cursor just after the colon. */
  private void key() {
    int start = in.pos;
    int line = in.line;
    int column = in.column();
    char c = in.peek();
    if (c == '"' || c == '\'') {
      String key = scalars.quoted();
      if (in.line != line) {
        throw giveUp();
      }
      events.scalar(key, false, null, line, column);
    } else if (FastScalars.startsPlain(c, in.at(in.pos + 1), false)) {
      int end = keyStart == start ? keyEnd : plainKeyEnd(in.pos);
      if (end < 0) {
        throw giveUp();
      }
      events.scalar(in.text(start, end), true, null, line, column);
      in.pos = end;
    } else {
      throw giveUp();
    }
    in.skipSpaces();
    if (in.peek() != ':' || !FastCursor.isBlank(in.at(in.pos + 1)) || in.pos - start > FastScalars.MAX_KEY_LENGTH) {
      throw giveUp();
    }
    in.pos++;
  }

  /**
   * The value after a key's colon, in a mapping at {@code column}: on the same line, on the
   * following lines (more indented, or a sequence at the key's indentation), or missing.
   */
  private void value(int column, int depth) {
    int colon = in.pos;
    int colonLine = in.line;
    int colonLineStart = in.lineStart;
    in.skipSpaces();
    Properties properties = null;
    char c = in.peek();
    if (c == '&' || c == '!') {
      properties = events.properties();
      c = in.peek();
    }
    if (in.atLineEnd(in.pos) || c == '#') {
      in.toLineEnd();
      in.nextContentLine();
      int next = in.contentColumn();
      if (next > column) {
        nodeOnItsLine(column, properties, depth);
      } else if (next == column && in.atBlockEntry()) {
        sequence(column, properties, depth + 1, true);
      } else {
        events.empty(properties, colonLine, in.column(colon, colonLineStart));
      }
      return;
    }
    sameLine(column, properties, depth);
  }

  /** A node at the start of its own line, indented past {@code parent}. */
  private void nodeOnItsLine(int parent, Properties properties, int depth) {
    char c = in.peek();
    if (in.atBlockEntry()) {
      sequence(in.column(), properties, depth + 1, false);
    } else if (c == '&' || c == '!') {
      if (properties != null) {
        throw giveUp();
      }
      Properties own = events.properties();
      if (in.atLineEnd(in.pos) || in.peek() == '#' || lineIsKey()) {
        throw giveUp();
      }
      sameLine(parent, own, depth);
    } else if (lineIsKey()) {
      mapping(in.column(), properties, depth + 1);
    } else {
      sameLine(parent, properties, depth);
    }
  }

  /**
   * A node that starts on the current line after a key or properties, in a block collection at
   * {@code indent}: a scalar, an alias, a flow collection or a block scalar, ending its line.
   */
  private void sameLine(int indent, Properties properties, int depth) {
    int line = in.line;
    int column = in.column();
    char c = in.peek();
    switch (c) {
      case '|', '>' -> {
        events.scalar(blockScalars.block(indent), false, properties, line, column);
        in.settle();
        return;
      }
      case '[', '{' -> flow.collection(properties, depth + 1);
      case '"', '\'' -> events.scalar(scalars.quoted(), false, properties, line, column);
      case '*' -> {
        if (properties != null) {
          throw giveUp();
        }
        in.pos++;
        events.alias(events.name(), line, column);
        if (!FastCursor.isBlank(in.peek())) {
          throw giveUp();
        }
      }
      default -> {
        if (!FastScalars.startsPlain(c, in.at(in.pos + 1), false)) {
          throw giveUp();
        }
        events.scalar(scalars.plainBlock(indent), true, properties, line, column);
      }
    }
    in.endOfLine();
    in.nextContentLine();
  }

  /**
   * A block sequence whose first {@code -} is at the cursor, at column {@code column}; an
   * indentless one (at its key's indentation) ends at the next key of that mapping.
   */
  private void sequence(int column, Properties properties, int depth, boolean indentless) {
    if (depth > maxDepth) {
      throw giveUp();
    }
    events.start(Event.ID.SequenceStart, properties, in.line, in.column());
    while (true) {
      in.pos++;
      item(column, depth);
      int next = in.contentColumn();
      if (next == column && in.atBlockEntry()) {
        continue;
      }
      if (next < column || indentless && next == column) {
        break;
      }
      throw giveUp();
    }
    events.structural(Event.ID.SequenceEnd);
  }

  /** What follows a sequence entry's dash, in a sequence at {@code column}. */
  private void item(int column, int depth) {
    int dash = in.pos;
    int dashLine = in.line;
    int dashLineStart = in.lineStart;
    in.skipSpaces();
    Properties properties = null;
    char c = in.peek();
    if (c == '&' || c == '!') {
      properties = events.properties();
      c = in.peek();
    }
    if (in.atLineEnd(in.pos) || c == '#') {
      in.toLineEnd();
      in.nextContentLine();
      if (in.contentColumn() > column) {
        nodeOnItsLine(column, properties, depth);
      } else {
        events.empty(properties, dashLine, in.column(dash, dashLineStart));
      }
    } else if (properties != null) {
      if (lineIsKey()) {
        throw giveUp();
      }
      sameLine(column, properties, depth);
    } else if (in.atBlockEntry()) {
      sequence(in.column(), null, depth + 1, false);
    } else if (lineIsKey()) {
      mapping(in.column(), null, depth + 1);
    } else {
      sameLine(column, null, depth);
    }
  }

  /** Whether the cursor is at a simple key: a plain or one-line quoted scalar, then {@code :}. */
  private boolean lineIsKey() {
    char c = in.peek();
    int p;
    if (c == '"' || c == '\'') {
      p = quotedEndOnLine(in.pos, c);
    } else if (FastScalars.startsPlain(c, in.at(in.pos + 1), false)) {
      p = plainKeyEnd(in.pos);
      keyStart = in.pos;
      keyEnd = p;
    } else {
      return false;
    }
    if (p < 0) {
      return false;
    }
    while (in.at(p) == ' ') {
      p++;
    }
    return in.at(p) == ':' && FastCursor.isBlank(in.at(p + 1));
  }

  /** Where the plain scalar starting at {@code from} ends if a {@code :} follows it on its line, else -1. */
  private int plainKeyEnd(int from) {
    char[] text = in.text;
    int end = text.length;
    int p = from;
    while (true) {
      while (p < end) {
        char c = text[p];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':' && FastCursor.isBlank(in.at(p + 1))) {
          break;
        }
        p++;
      }
      int last = p;
      if (p < end && text[p] == ':') {
        return last;
      }
      if (p >= end || text[p] != ' ') {
        return -1;
      }
      while (p < end && text[p] == ' ') {
        p++;
      }
      if (p >= end || text[p] == '#' || in.atLineEnd(p)) {
        return -1;
      }
      if (text[p] == ':' && FastCursor.isBlank(in.at(p + 1))) {
        return last;
      }
    }
  }

  /** The index after the closing quote of a quoted scalar that ends on its line, else -1. */
  private int quotedEndOnLine(int from, char quote) {
    char[] text = in.text;
    for (int p = from + 1; p < in.end; p++) {
      char c = text[p];
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (quote == '"' && c == '\\') {
        p++;
        if (in.atLineEnd(p)) {
          return -1;
        }
      } else if (c == quote) {
        if (quote == '\'' && in.at(p + 1) == '\'') {
          p++;
        } else {
          return p + 1;
        }
      }
    }
    return -1;
  }
}
