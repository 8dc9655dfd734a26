package dev.phoenix.core.compose.yaml;

import static dev.phoenix.core.compose.yaml.FastCursor.giveUp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The parser events the fast reader produces, the same snakeyaml-engine's parser would for the
 * same text (kind, value, style, anchor, tag and start position), so that one
 * {@link DocumentBuilder} builds the tree from either. Also reads node properties (anchor and tag),
 * which both the block and the flow parts need.
 */
final class FastEvents {
  private static final Optional<Anchor> NO_ANCHOR = Optional.empty();
  private static final Optional<String> NO_TAG = Optional.empty();
  private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false);
  private static final ImplicitTuple NOT_PLAIN = new ImplicitTuple(false, true);
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

  /** A node's anchor and tag, and where the first of them starts (the node's position then). */
  record Properties(Optional<Anchor> anchor, Optional<String> tag, Optional<Mark> mark) {
  }

  final List<Event> list;
  private final FastCursor in;

  FastEvents(FastCursor in) {
    this.in = in;
    // About one event per 14 characters in Compose files; growing the list costs more than slack.
    this.list = new ArrayList<>(Math.max(16, in.end / 10));
  }

  /**
   * The anchor and tag at the cursor, in either order, each followed by a space or the end of the
   * line; the cursor ends at the next content on the line or at its end. Only anchor names of
   * letters, digits, {@code -} and {@code _}, and the tags a Compose file may use, are read here.
   */
  Properties properties() {
    Optional<Mark> mark = in.mark();
    Optional<Anchor> anchor = NO_ANCHOR;
    Optional<String> tag = NO_TAG;
    while (true) {
      char c = in.peek();
      if (c == '&' && anchor.isEmpty()) {
        in.pos++;
        anchor = Optional.of(new Anchor(name()));
      } else if (c == '!' && tag.isEmpty()) {
        int start = in.pos;
        while (!FastCursor.isBlank(in.peek())) {
          in.pos++;
        }
        String full = TAGS.get(new String(in.text, start, in.pos - start));
        if (full == null) {
          throw giveUp();
        }
        tag = Optional.of(full);
      } else {
        return new Properties(anchor, tag, mark);
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
    return new String(in.text, start, in.pos - start);
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
  }

  void scalar(String value, ScalarStyle style, Properties properties, Optional<Mark> mark) {
    ImplicitTuple implicit = style == ScalarStyle.PLAIN ? PLAIN : NOT_PLAIN;
    if (properties == null) {
      list.add(new ScalarEvent(NO_ANCHOR, NO_TAG, implicit, value, style, mark, mark));
    } else {
      list.add(new ScalarEvent(properties.anchor(), properties.tag(), implicit, value, style,
          properties.mark(), properties.mark()));
    }
  }

  /** The empty plain scalar the parser puts where a value or item is missing. */
  void empty(Properties properties, Optional<Mark> mark) {
    scalar("", ScalarStyle.PLAIN, properties, mark);
  }

  void alias(String name, Optional<Mark> mark) {
    list.add(new AliasEvent(Optional.of(new Anchor(name)), mark, mark));
  }

  void mappingStart(Properties properties, Optional<Mark> mark, FlowStyle style) {
    list.add(properties == null
        ? new MappingStartEvent(NO_ANCHOR, NO_TAG, true, style, mark, mark)
        : new MappingStartEvent(properties.anchor(), properties.tag(), true, style, properties.mark(),
            properties.mark()));
  }

  void sequenceStart(Properties properties, Optional<Mark> mark, FlowStyle style) {
    list.add(properties == null
        ? new SequenceStartEvent(NO_ANCHOR, NO_TAG, true, style, mark, mark)
        : new SequenceStartEvent(properties.anchor(), properties.tag(), true, style, properties.mark(),
            properties.mark()));
  }

  void mappingEnd() {
    list.add(new MappingEndEvent());
  }

  void sequenceEnd() {
    list.add(new SequenceEndEvent());
  }

  void streamStart() {
    list.add(new StreamStartEvent());
  }

  void streamEnd() {
    list.add(new StreamEndEvent());
  }

  void documentStart(boolean explicit, Optional<Mark> mark) {
    list.add(new DocumentStartEvent(explicit, Optional.empty(), Map.of(), mark, mark));
  }

  void documentEnd(Optional<Mark> mark) {
    list.add(new DocumentEndEvent(false, mark, mark));
  }
}
