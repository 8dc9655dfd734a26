package dev.phoenix.core.compose.internal.yaml;

import static dev.phoenix.core.compose.internal.yaml.YamlTags.FLOAT;
import static dev.phoenix.core.compose.internal.yaml.YamlTags.MAP;
import static dev.phoenix.core.compose.internal.yaml.YamlTags.MERGE;
import static dev.phoenix.core.compose.internal.yaml.YamlTags.NON_SPECIFIC;
import static dev.phoenix.core.compose.internal.yaml.YamlTags.OVERRIDE;
import static dev.phoenix.core.compose.internal.yaml.YamlTags.RESET;
import static dev.phoenix.core.compose.internal.yaml.YamlTags.SEQ;
import static dev.phoenix.core.compose.internal.yaml.YamlTags.STR;
import static dev.phoenix.core.compose.internal.yaml.YamlTags.shortTag;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.core.compose.internal.tree.Reset;
import dev.phoenix.core.compose.internal.tree.TreePath;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.events.Event;

/**
 * Builds the raw tree of one YAML document straight from parse events, the way go-yaml v3
 * decodes into {@code interface{}}: scalars typed by {@link PlainScalars}, aliases expanded by
 * copying, merge keys applied, duplicate and non-string keys rejected, and every map, list and
 * value given its position. One instance reads all documents of a stream, one after the other.
 */
final class DocumentBuilder {
  private static final String MERGE_KEY = "<<";
  /** Marks an anchor whose node is still being built: an alias to it would contain itself. */
  private static final Object IN_PROGRESS = new Object();
  /** The line of an event without a position. */
  private static final int NO_LINE = -1;

  private final ParseEvents events;
  private final String file;
  private final YamlLimits limits;
  /** The keys and indexes leading to the node being built, for error messages. */
  private final List<Object> path = new ArrayList<>();
  /** Key lines (from 0, or -1) of the mappings being built, a stack shared by all of them. */
  private int[] keyLines = new int[64];
  private int keyCount;
  private Map<String, Object> anchors;
  private int nodes;
  private int aliases;

  DocumentBuilder(ParseEvents events, String file, YamlLimits limits) {
    this.events = events;
    this.file = file;
    this.limits = limits;
  }

  /** Reads the document whose start event was just consumed, up to and including its end. */
  YamlMap document() {
    anchors = null;
    nodes = 0;
    aliases = 0;
    path.clear();
    keyCount = 0;
    Event.ID first = events.next();
    SourceLocation location = location();
    Object root = node(first, location, 0);
    events.next();
    if (root == null) {
      return new YamlMap(location);
    }
    if (root instanceof YamlMap map) {
      return map;
    }
    throw error(location, "top-level object must be a mapping");
  }

  /** The path of the node being built when a parser error interrupted it. */
  String currentPath() {
    return TreePath.render(path);
  }

  /** The node whose first event is the current one, of kind {@code kind}. */
  private Object node(Event.ID kind, SourceLocation location, int depth) {
    return switch (kind) {
      case Scalar -> {
        count(location);
        String anchor = events.anchor();
        yield anchor(anchor, scalar(location));
      }
      case MappingStart -> mapping(location, depth + 1);
      case SequenceStart -> sequence(location, depth + 1);
      case Alias -> copy(aliased(location), depth, location);
      default -> throw error(location, "unexpected " + kind + " in the YAML stream");
    };
  }

  /** The value of the current scalar event. */
  private Object scalar(SourceLocation location) {
    String text = events.value();
    String name = events.tag();
    if (name == null || name.equals(NON_SPECIFIC)) {
      // Quoted, literal and folded scalars are strings; "!" only stops a quoted one from resolving.
      return events.plain() ? PlainScalars.resolve(text) : text;
    }
    if (name.equals(STR) || name.equals(OVERRIDE)) {
      // go-yaml keeps a scalar with a tag it does not resolve (such as !override) as its text.
      return text;
    }
    if (name.equals(RESET)) {
      return new Reset(location);
    }
    if (!YamlTags.isTypedScalar(name)) {
      throw error(location, "unknown tag " + shortTag(name) + " on a scalar");
    }
    Object value = PlainScalars.resolve(text);
    String misfit = YamlTags.misfit(name, text, value);
    if (misfit != null) {
      throw error(location, misfit);
    }
    return name.equals(FLOAT) && value instanceof Long integer ? Double.valueOf(integer) : value;
  }

  private Object mapping(SourceLocation location, int depth) {
    checkDepth(location, depth);
    count(location);
    String anchor = startAnchor();
    String tag = collectionTag(MAP, "mapping", location);
    YamlMap map = new YamlMap(location);
    int firstKey = keyCount;
    Object merge = null;
    SourceLocation mergeLocation = null;
    int mergeKeyLine = NO_LINE;
    while (!events.nextIs(Event.ID.MappingEnd)) {
      Event.ID keyKind = events.next();
      // The key's position, made into a location only for the rare errors that name it.
      int keyLine = events.line();
      int keyColumn = events.column();
      boolean isMerge = isMergeKey(keyKind);
      String key = isMerge ? MERGE_KEY : key(keyKind, keyLine, keyColumn);
      if (isMerge && mergeKeyLine != NO_LINE) {
        throw duplicate(location(keyLine, keyColumn), key, mergeKeyLine);
      }
      path.add(key);
      Event.ID valueKind = events.next();
      SourceLocation valueLocation = location();
      Object value = node(valueKind, valueLocation, depth);
      path.remove(path.size() - 1);
      if (isMerge) {
        mergeKeyLine = keyLine;
        // go-yaml takes a list of mappings only written out, not through an alias.
        merge = valueKind == Event.ID.Alias && !(value instanceof YamlMap) ? null : value;
        mergeLocation = valueLocation;
      } else {
        int size = map.size();
        map.put(key, value, valueLocation);
        if (map.size() == size) {
          // Until the merge the map holds explicit keys only, in the order of their lines.
          throw duplicate(location(keyLine, keyColumn), key, keyLines[firstKey + indexOf(map, key)]);
        }
        pushKeyLine(keyLine);
      }
    }
    events.next();
    keyCount = firstKey;
    if (mergeLocation != null) {
      path.add(MERGE_KEY);
      merge(map, merge, mergeLocation);
      path.remove(path.size() - 1);
    }
    return finish(anchor, tag, map.override(OVERRIDE.equals(tag)), location);
  }

  private Object sequence(SourceLocation location, int depth) {
    checkDepth(location, depth);
    count(location);
    String anchor = startAnchor();
    String tag = collectionTag(SEQ, "sequence", location);
    YamlList list = new YamlList(location);
    int index = 0;
    while (!events.nextIs(Event.ID.SequenceEnd)) {
      path.add(index++);
      Event.ID itemKind = events.next();
      SourceLocation itemLocation = location();
      Object item = node(itemKind, itemLocation, depth);
      path.remove(path.size() - 1);
      list.add(item, itemLocation);
    }
    events.next();
    return finish(anchor, tag, list.override(OVERRIDE.equals(tag)), location);
  }

  /** A mapping key: a string, whether plain, quoted, tagged !!str, or reached through an alias. */
  private String key(Event.ID kind, int line, int column) {
    if (kind == Event.ID.Scalar && events.tag() == null && events.anchor() == null) {
      Object key = events.plain() ? PlainScalars.resolve(events.value()) : events.value();
      if (key instanceof String text) {
        return text;
      }
    }
    return unusualKey(kind, location(line, column));
  }

  /** A key with a tag, an anchor or an alias, or one that is not a string: the general path. */
  private String unusualKey(Event.ID kind, SourceLocation location) {
    Object key;
    if (kind == Event.ID.Scalar) {
      String text = events.value();
      key = anchor(events.anchor(), scalar(location));
      if (key instanceof String string) {
        return string;
      }
      throw error(location, "non-string key: " + (text.isEmpty() ? "null" : text));
    }
    if (kind == Event.ID.Alias) {
      String name = events.value();
      key = aliased(location);
      if (key instanceof String text) {
        return text;
      }
      throw error(location, "non-string key: *" + name);
    }
    throw error(location, "non-string key: a " + (kind == Event.ID.MappingStart ? "mapping" : "sequence"));
  }

  private boolean isMergeKey(Event.ID kind) {
    if (kind != Event.ID.Scalar || !events.plain() || !events.value().equals(MERGE_KEY)) {
      return false;
    }
    String tag = events.tag();
    return tag == null || tag.equals(NON_SPECIFIC) || tag.equals(MERGE);
  }

  /**
   * Applies {@code <<}: entries of the merged mapping (or of each mapping in a list, earlier ones
   * first) that the mapping does not set itself. The values are already private copies.
   */
  private void merge(YamlMap map, Object merge, SourceLocation location) {
    if (merge instanceof YamlMap source) {
      putAbsent(map, source);
      return;
    }
    if (merge instanceof YamlList sources && sources.stream().allMatch(YamlMap.class::isInstance)) {
      for (Object source : sources) {
        putAbsent(map, (YamlMap) source);
      }
      return;
    }
    throw error(location, "map merge requires map or sequence of maps as the value");
  }

  private static void putAbsent(YamlMap map, YamlMap source) {
    for (Map.Entry<String, Object> entry : source.entrySet()) {
      if (!map.containsKey(entry.getKey())) {
        map.put(entry.getKey(), entry.getValue(), source.locationOf(entry.getKey()));
      }
    }
  }

  /** The value the current alias event refers to. */
  private Object aliased(SourceLocation location) {
    if (++aliases > limits.maxAliases()) {
      throw error(location, "too many aliases: the limit is " + limits.maxAliases() + " per document");
    }
    String name = events.value();
    if (anchors == null || !anchors.containsKey(name)) {
      throw error(location, "unknown anchor '" + name + "' referenced");
    }
    Object target = anchors.get(name);
    if (target == IN_PROGRESS) {
      throw error(location, "anchor '" + name + "' value contains itself");
    }
    return target;
  }

  /**
   * A private copy of an anchored value, so that later stages may change one use without touching
   * the others. Every copied value counts against the node limit, which stops alias bombs; limit
   * errors point at the alias being expanded.
   */
  private Object copy(Object value, int depth, SourceLocation alias) {
    if (value instanceof YamlMap map) {
      checkDepth(alias, depth + 1);
      count(alias);
      YamlMap copy = new YamlMap(map.location()).override(map.isOverride());
      copy.copyLocationsFrom(map);
      for (Map.Entry<String, Object> entry : map.entrySet()) {
        copy.put(entry.getKey(), copy(entry.getValue(), depth + 1, alias));
      }
      return copy;
    }
    if (value instanceof YamlList list) {
      checkDepth(alias, depth + 1);
      count(alias);
      YamlList copy = new YamlList(list.location()).override(list.isOverride());
      for (int i = 0; i < list.size(); i++) {
        copy.add(copy(list.get(i), depth + 1, alias), list.locationOf(i));
      }
      return copy;
    }
    count(alias);
    return value;
  }

  /** The anchor of the current collection start event, marked as being built. */
  private String startAnchor() {
    String name = events.anchor();
    if (name != null) {
      anchors().put(name, IN_PROGRESS);
    }
    return name;
  }

  private Object anchor(String name, Object value) {
    if (name != null) {
      anchors().put(name, value);
    }
    return value;
  }

  private Object finish(String anchor, String tag, Object collection, SourceLocation location) {
    Object value = RESET.equals(tag) ? new Reset(location) : collection;
    if (anchor != null) {
      anchors.put(anchor, value);
    }
    return value;
  }

  private Map<String, Object> anchors() {
    if (anchors == null) {
      anchors = new HashMap<>();
    }
    return anchors;
  }

  /** The tag of the current mapping or sequence: null, !reset or !override; anything else is an error. */
  private String collectionTag(String standard, String kind, SourceLocation location) {
    String name = events.tag();
    if (name == null || name.equals(NON_SPECIFIC) || name.equals(standard)) {
      return null;
    }
    if (name.equals(RESET) || name.equals(OVERRIDE)) {
      return name;
    }
    throw error(location, "unknown tag " + shortTag(name) + " on a " + kind);
  }

  private void count(SourceLocation location) {
    if (++nodes > limits.maxNodes()) {
      throw error(location, "document too large: more than " + limits.maxNodes()
          + " values once aliases are expanded");
    }
  }

  private void checkDepth(SourceLocation location, int depth) {
    if (depth > limits.maxDepth()) {
      throw error(location, "nesting too deep: more than " + limits.maxDepth() + " levels");
    }
  }

  private ComposeSyntaxException duplicate(SourceLocation location, String key, int earlierLine) {
    path.add(key);
    return error(location, "mapping key " + goQuote(key) + " already defined"
        + (earlierLine != NO_LINE ? " at line " + (earlierLine + 1) : ""));
  }

  private void pushKeyLine(int line) {
    if (keyCount == keyLines.length) {
      keyLines = Arrays.copyOf(keyLines, keyCount * 2);
    }
    keyLines[keyCount++] = line;
  }

  /** Where the current event starts. */
  private SourceLocation location() {
    return location(events.line(), events.column());
  }

  private SourceLocation location(int line, int column) {
    return line == NO_LINE ? SourceLocation.ofFile(file) : new SourceLocation(file, line + 1, column + 1);
  }

  private ComposeSyntaxException error(SourceLocation location, String detail) {
    return new ComposeSyntaxException(location, TreePath.render(path), detail);
  }

  private static int indexOf(YamlMap map, String key) {
    int index = 0;
    for (String existing : map.keySet()) {
      if (existing.equals(key)) {
        return index;
      }
      index++;
    }
    return -1;
  }

  /** A key as Go's {@code %#v} prints a string, for messages that match go-yaml's. */
  private static String goQuote(String key) {
    return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
