package dev.phoenix.core.compose.document;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.core.compose.internal.yaml.ComposeYaml;
import dev.phoenix.core.compose.internal.yaml.YamlLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML text into {@link YamlNode} trees that keep each node's character range, with
 * snakeyaml-engine's parser events (whose marks count code points, turned here into char indices).
 */
final class TreeReader {
  private static final LoadSettings SETTINGS = LoadSettings.builder()
      .setCodePointLimit(Integer.MAX_VALUE)
      .setUseMarks(true)
      .build();

  private final String text;
  private final String fileName;
  private final int[] charIndex;
  private final int[] lineStarts;
  private Parser parser;

  private TreeReader(String text, String fileName) {
    this.text = text;
    this.fileName = fileName;
    this.charIndex = codePointOffsets(text);
    this.lineStarts = lineStarts(text);
  }

  /**
   * The root of every document of {@code text}, in order; a document with no content has a null
   * root.
   *
   * @throws ComposeSyntaxException on invalid YAML, a duplicate key, nesting past the loader's
   *     limit or a file past its size limit
   */
  static List<YamlNode> read(String text, String fileName) {
    if (text.length() > YamlLimits.DEFAULT.maxDocumentChars()) {
      throw new ComposeSyntaxException(SourceLocation.ofFile(fileName), null, "file too large: "
          + text.length() + " characters, the limit is " + YamlLimits.DEFAULT.maxDocumentChars());
    }
    TreeReader reader = new TreeReader(text, fileName);
    try {
      return reader.documents();
    } catch (YamlEngineException | NumberFormatException e) {
      // The loader reads the same text with the same parser and words its errors for people.
      ComposeYaml.read(text, fileName);
      throw new ComposeSyntaxException(SourceLocation.ofFile(fileName), null, "invalid YAML: " + e.getMessage(), e);
    }
  }

  private List<YamlNode> documents() {
    parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text));
    parser.next();
    List<YamlNode> roots = new ArrayList<>(1);
    while (parser.checkEvent(Event.ID.DocumentStart)) {
      parser.next();
      roots.add(parser.checkEvent(Event.ID.DocumentEnd) ? null : node(parser.next(), 1, ""));
      parser.next();
    }
    return roots;
  }

  private YamlNode node(Event event, int depth, String path) {
    if (depth > YamlLimits.DEFAULT.maxDepth()) {
      throw new ComposeSyntaxException(location(start(event)), path, "nesting deeper than "
          + YamlLimits.DEFAULT.maxDepth() + " levels");
    }
    int start = start(event);
    if (event instanceof AliasEvent alias) {
      return new YamlNode(YamlNode.Kind.ALIAS, false, null, alias.getAlias().getValue(), null, location(start),
          start, end(event), List.of(), List.of());
    }
    String anchor = ((NodeEvent) event).getAnchor().map(Anchor::getValue).orElse(null);
    if (event instanceof ScalarEvent scalar) {
      return new YamlNode(YamlNode.Kind.SCALAR, false, style(scalar), scalar.getValue(), anchor, location(start),
          start, end(event), List.of(), List.of());
    }
    boolean flow = ((CollectionStartEvent) event).isFlow();
    List<YamlNode> keys = new ArrayList<>();
    List<YamlNode> children = new ArrayList<>();
    YamlNode.Kind kind;
    if (event.getEventId() == Event.ID.MappingStart) {
      kind = YamlNode.Kind.MAPPING;
      while (!parser.checkEvent(Event.ID.MappingEnd)) {
        YamlNode key = node(parser.next(), depth + 1, path);
        String name = key.value().orElse("");
        if (key.isScalar() && keys.stream().anyMatch(k -> k.isScalar() && name.equals(k.value().orElse("")))) {
          throw new ComposeSyntaxException(key.location(), path, "duplicate key " + name);
        }
        keys.add(key);
        children.add(node(parser.next(), depth + 1, path.isEmpty() ? name : path + "." + name));
      }
    } else {
      kind = YamlNode.Kind.SEQUENCE;
      while (!parser.checkEvent(Event.ID.SequenceEnd)) {
        children.add(node(parser.next(), depth + 1, path + "[" + children.size() + "]"));
      }
    }
    Event close = parser.next();
    int end = flow || children.isEmpty() ? end(close) : children.get(children.size() - 1).end();
    return new YamlNode(kind, flow, null, null, anchor, location(start), start, end, keys, children);
  }

  private static YamlNode.ScalarStyle style(ScalarEvent scalar) {
    return switch (scalar.getScalarStyle()) {
      case SINGLE_QUOTED -> YamlNode.ScalarStyle.SINGLE_QUOTED;
      case DOUBLE_QUOTED -> YamlNode.ScalarStyle.DOUBLE_QUOTED;
      case LITERAL -> YamlNode.ScalarStyle.LITERAL;
      case FOLDED -> YamlNode.ScalarStyle.FOLDED;
      default -> YamlNode.ScalarStyle.PLAIN;
    };
  }

  private int start(Event event) {
    return toChar(event.getStartMark().orElseThrow().getIndex());
  }

  private int end(Event event) {
    return toChar(event.getEndMark().orElseThrow().getIndex());
  }

  private int toChar(int codePoint) {
    if (charIndex == null) {
      return Math.min(codePoint, text.length());
    }
    return codePoint < charIndex.length ? charIndex[codePoint] : text.length();
  }

  private SourceLocation location(int index) {
    int found = Arrays.binarySearch(lineStarts, index);
    int line = found >= 0 ? found : -found - 2;
    return new SourceLocation(fileName, line + 1, text.codePointCount(lineStarts[line], index) + 1);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The char index of each code point, or null when they are the same (no surrogate pairs). */
  private static int[] codePointOffsets(String text) {
    int count = text.codePointCount(0, text.length());
    if (count == text.length()) {
      return null;
    }
    int[] offsets = new int[count + 1];
    int index = 0;
    for (int i = 0; i < count; i++) {
      offsets[i] = index;
      index += Character.charCount(text.codePointAt(index));
    }
    offsets[count] = text.length();
    return offsets;
  }
}
