package dev.phoenix.core.compose.internal.yaml;

import static dev.phoenix.core.compose.internal.yaml.FastCursor.giveUp;
import static dev.phoenix.core.compose.internal.yaml.FastCursor.isBlank;

import org.snakeyaml.engine.v2.events.Event;

/**
 * Flow collections for the fast reader: {@code [a, b]} and {@code {k: v}}, nested, on one line or
 * several, with plain, quoted and aliased items, properties, comments and a trailing comma. It
 * gives up on single-pair mappings inside sequences ({@code [a: b]}), keys without a value,
 * complex keys and JSON-style {@code "k":v} without a space.
 */
final class FastFlow {
  private final FastCursor in;
  private final FastScalars scalars;
  private final FastEvents events;
  private final int maxDepth;

  FastFlow(FastCursor in, FastScalars scalars, FastEvents events, int maxDepth) {
    this.in = in;
    this.scalars = scalars;
    this.events = events;
    this.maxDepth = maxDepth;
  }

  /** A flow collection at the cursor, {@code depth} collections deep, with its properties if any. */
  void collection(FastEvents.Properties properties, int depth) {
    if (depth > maxDepth) {
      throw giveUp();
    }
    if (in.peek() == '[') {
      sequence(properties, depth);
    } else {
      mapping(properties, depth);
    }
  }

  private void sequence(FastEvents.Properties properties, int depth) {
    events.start(Event.ID.SequenceStart, properties, in.line, in.column());
    in.pos++;
    space();
    while (in.peek() != ']') {
      node(depth);
      space();
      if (in.peek() == ',') {
        in.pos++;
        space();
      } else if (in.peek() != ']') {
        throw giveUp();
      }
    }
    in.pos++;
    events.structural(Event.ID.SequenceEnd);
  }

  private void mapping(FastEvents.Properties properties, int depth) {
    events.start(Event.ID.MappingStart, properties, in.line, in.column());
    in.pos++;
    space();
    while (in.peek() != '}') {
      key();
      int colonLine = in.line;
      int colonColumn = in.column();
      space();
      char c = in.peek();
      if (c == ',' || c == '}') {
        events.empty(null, colonLine, colonColumn);
      } else {
        node(depth);
        space();
      }
      if (in.peek() == ',') {
        in.pos++;
        space();
      } else if (in.peek() != '}') {
        throw giveUp();
      }
    }
    in.pos++;
    events.structural(Event.ID.MappingEnd);
  }

  /** A key on one line and its {@code :}, which a blank or the end of the value must follow. */
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
    } else if (FastScalars.startsPlain(c, in.at(in.pos + 1), true)) {
      events.scalar(scalars.plainFlow(), true, null, line, column);
    } else {
      throw giveUp();
    }
    in.skipSpaces();
    char next = in.at(in.pos + 1);
    if (in.peek() != ':' || !(isBlank(next) || next == ',' || next == '}')
        || in.pos - start > FastScalars.MAX_KEY_LENGTH) {
      throw giveUp();
    }
    in.pos++;
  }

  /** An item or a value: a scalar, an alias or a nested collection, on the current line. */
  private void node(int depth) {
    FastEvents.Properties properties = null;
    char c = in.peek();
    if (c == '&' || c == '!') {
      properties = events.properties();
      if (in.atLineEnd(in.pos) || in.peek() == '#') {
        throw giveUp();
      }
      c = in.peek();
    }
    int line = in.line;
    int column = in.column();
    switch (c) {
      case '[', '{' -> collection(properties, depth + 1);
      case '"', '\'' -> events.scalar(scalars.quoted(), false, properties, line, column);
      case '*' -> {
        if (properties != null) {
          throw giveUp();
        }
        in.pos++;
        String name = events.name();
        char next = in.peek();
        if (!isBlank(next) && next != ',' && next != ']' && next != '}') {
          throw giveUp();
        }
        events.alias(name, line, column);
      }
      default -> {
        if (!FastScalars.startsPlain(c, in.at(in.pos + 1), true)) {
          throw giveUp();
        }
        events.scalar(scalars.plainFlow(), true, properties, line, column);
      }
    }
  }

  /**
   * Spaces, line breaks and comments between the parts of a flow collection. A line that starts
   * with {@code -}, {@code .} or {@code %} might hold a document marker or directive, which the
   * fast reader leaves to snakeyaml-engine.
   */
  private void space() {
    while (true) {
      int before = in.pos;
      in.skipSpaces();
      if (in.peek() == '#') {
        if (in.pos == before && in.pos > in.lineStart) {
          throw giveUp();
        }
        in.toLineEnd();
      }
      if (!in.atLineEnd(in.pos)) {
        return;
      }
      if (!in.newLine()) {
        throw giveUp();
      }
      char first = in.peek();
      if (first == '-' || first == '.' || first == '%') {
        throw giveUp();
      }
    }
  }
}
