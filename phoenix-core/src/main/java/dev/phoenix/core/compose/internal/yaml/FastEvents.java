package dev.phoenix.core.compose.internal.yaml;

import static dev.phoenix.core.compose.internal.yaml.FastCursor.giveUp;

import java.util.Arrays;
import java.util.Map;
import org.snakeyaml.engine.v2.events.Event;

/**
 * The parse events the fast reader produces, the same snakeyaml-engine's parser would for the same
 * text (kind, value, plain or not, anchor, tag and start position), kept in flat arrays rather
 * than event objects, and handed to {@link DocumentBuilder} as {@link ParseEvents}, so that one
 * builder makes the tree from either reader. Also reads node properties (anchor and tag), which
 * both the block and the flow parts of the fast reader need.
 */
final class FastEvents implements ParseEvents {
  private static final Map<String, String> TAGS = Map.ofEntries(
      Map.entry("!", YamlTags.NON_SPECIFIC),
      Map.entry("!reset", YamlTags.RESET),
      Map.entry("!override", YamlTags.OVERRIDE),
      Map.entry("!!str", YamlTags.STR),
      Map.entry("!!int", YamlTags.INT),
      Map.entry("!!float", YamlTags.FLOAT),
      Map.entry("!!bool", YamlTags.BOOL),
      Map.entry("!!null", YamlTags.NULL),
      Map.entry("!!map", YamlTags.MAP),
      Map.entry("!!seq", YamlTags.SEQ),
      Map.entry("!!merge", YamlTags.MERGE));
  private static final Event.ID[] KINDS = Event.ID.values();

  /**
   * A node's anchor and tag (each null when absent), and where the first of them starts, which is
   * then the node's position.
   */
  record Properties(String anchor, String tag, int line, int column) {
  }

  private final FastCursor in;
  private byte[] kinds;
  private String[] values;
  private int[] lines;
  private int[] columns;
  /** Whether each scalar is plain. */
  private boolean[] plain;
  /** Anchors and tags, rare, in arrays made when the first one comes. */
  private String[] anchors;
  private String[] tags;
  private int size;
  /** The event {@link #next()} moved to; -1 before the first. */
  private int current = -1;

  FastEvents(FastCursor in) {
    this.in = in;
    // About one event per 14 characters in Compose files; growing the arrays costs more than slack.
    int capacity = Math.max(16, in.end / 10);
    kinds = new byte[capacity];
    values = new String[capacity];
    lines = new int[capacity];
    columns = new int[capacity];
    plain = new boolean[capacity];
  }

  /**
   * The anchor and tag at the cursor, in either order, each followed by a space or the end of the
   * line; the cursor ends at the next content on the line or at its end. Only anchor names of
   * letters, digits, {@code -} and {@code _}, and the tags a Compose file may use, are read here.
   */
  Properties properties() {
    int line = in.line;
    int column = in.column();
    String anchor = null;
    String tag = null;
    while (true) {
      char c = in.peek();
      if (c == '&' && anchor == null) {
        in.pos++;
        anchor = name();
      } else if (c == '!' && tag == null) {
        int start = in.pos;
        while (!FastCursor.isBlank(in.peek())) {
          in.pos++;
        }
        tag = TAGS.get(in.text(start, in.pos));
        if (tag == null) {
          throw giveUp();
        }
      } else {
        return new Properties(anchor, tag, line, column);
      }
      if (in.peek() != ' ' && !in.atLineEnd(in.pos)) {
        throw giveUp();
      }
      in.skipSpaces();
    }
  }

  /** An anchor or alias name, the cursor just past its indicator. */
  String name() {
    int start = in.pos;
    while (in.pos < in.end && isNameChar(in.text[in.pos])) {
      in.pos++;
    }
    if (in.pos == start) {
      throw giveUp();
    }
    return in.text(start, in.pos);
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
  }

  /** A scalar that starts at {@code line} and {@code column}, or at its properties. */
  void scalar(String value, boolean isPlain, Properties properties, int line, int column) {
    int event = add(Event.ID.Scalar, properties, line, column);
    values[event] = value;
    plain[event] = isPlain;
  }

  /** The empty plain scalar the parser puts where a value or item is missing. */
  void empty(Properties properties, int line, int column) {
    scalar("", true, properties, line, column);
  }

  void alias(String name, int line, int column) {
    int event = add(Event.ID.Alias, null, line, column);
    values[event] = name;
  }

  /** The start of a mapping or sequence. */
  void start(Event.ID kind, Properties properties, int line, int column) {
    add(kind, properties, line, column);
  }

  /** An event whose position the builder does not read: ends, document and stream events. */
  void structural(Event.ID kind) {
    add(kind, null, in.line, 0);
  }

  private int add(Event.ID kind, Properties properties, int line, int column) {
    if (size == kinds.length) {
      grow();
    }
    int event = size++;
    kinds[event] = (byte) kind.ordinal();
    if (properties == null) {
      lines[event] = line;
      columns[event] = column;
    } else {
      lines[event] = properties.line();
      columns[event] = properties.column();
      if (properties.anchor() != null || anchors != null) {
        anchors = anchors == null ? new String[kinds.length] : anchors;
        anchors[event] = properties.anchor();
      }
      if (properties.tag() != null || tags != null) {
        tags = tags == null ? new String[kinds.length] : tags;
        tags[event] = properties.tag();
      }
    }
    return event;
  }

  private void grow() {
    int capacity = kinds.length * 2;
    kinds = Arrays.copyOf(kinds, capacity);
    values = Arrays.copyOf(values, capacity);
    lines = Arrays.copyOf(lines, capacity);
    columns = Arrays.copyOf(columns, capacity);
    plain = Arrays.copyOf(plain, capacity);
    anchors = anchors == null ? null : Arrays.copyOf(anchors, capacity);
    tags = tags == null ? null : Arrays.copyOf(tags, capacity);
  }

  /** Whether only the stream's end is left, as after the last document. */
  boolean atLastEvent() {
    return current == size - 2 && kinds[size - 1] == Event.ID.StreamEnd.ordinal();
  }

  @Override
  public Event.ID next() {
    if (++current >= size) {
      throw giveUp();
    }
    return KINDS[kinds[current]];
  }

  @Override
  public boolean nextIs(Event.ID kind) {
    return current + 1 < size && kinds[current + 1] == kind.ordinal();
  }

  @Override
  public String value() {
    return values[current];
  }

  @Override
  public boolean plain() {
    return plain[current];
  }

  @Override
  public String tag() {
    return tags == null ? null : tags[current];
  }

  @Override
  public String anchor() {
    return anchors == null ? null : anchors[current];
  }

  @Override
  public int line() {
    return lines[current];
  }

  @Override
  public int column() {
    return columns[current];
  }
}
