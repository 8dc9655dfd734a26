package dev.phoenix.core.compose.yaml;

import static dev.phoenix.core.compose.yaml.YamlTags.FLOAT;
import static dev.phoenix.core.compose.yaml.YamlTags.MAP;
import static dev.phoenix.core.compose.yaml.YamlTags.MERGE;
import static dev.phoenix.core.compose.yaml.YamlTags.NON_SPECIFIC;
import static dev.phoenix.core.compose.yaml.YamlTags.OVERRIDE;
import static dev.phoenix.core.compose.yaml.YamlTags.RESET;
import static dev.phoenix.core.compose.yaml.YamlTags.SEQ;
import static dev.phoenix.core.compose.yaml.YamlTags.STR;
import static dev.phoenix.core.compose.yaml.YamlTags.shortTag;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeSyntaxException;
import dev.phoenix.core.compose.tree.Reset;
import dev.phoenix.core.compose.tree.TreePath;
import dev.phoenix.core.compose.tree.YamlList;
import dev.phoenix.core.compose.tree.YamlMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Builds the raw tree of one YAML document straight from the parser's events, the way go-yaml v3
 * decodes into {@code interface{}}: scalars typed by {@link PlainScalars}, aliases expanded by
 * copying, merge keys applied, duplicate and non-string keys rejected, and every map, list and
 * value given its position. One instance reads all documents of a stream, one after the other.
 */
final class DocumentBuilder {
  private static final String MERGE_KEY = "<<";
  /** Marks an anchor whose node is still being built: an alias to it would contain itself. */
  private static final Object IN_PROGRESS = new Object();

  private final Parser parser;
  private final String file;
  private final YamlLimits limits;
  /** The keys and indexes leading to the node being built, for error messages. */
  private final List<Object> path = new ArrayList<>();
  /** Key positions of the mappings being built, a stack shared by all of them. */
  private final List<Mark> keyMarks = new ArrayList<>();
  private Map<String, Object> anchors;
  private int nodes;
  private int aliases;

  DocumentBuilder(Parser parser, String file, YamlLimits limits) {
    this.parser = parser;
    this.file = file;
    this.limits = limits;
  }

  /** Reads the document whose start event was just consumed, up to and including its end. */
  YamlMap document() {
    anchors = null;
    nodes = 0;
    aliases = 0;
    path.clear();
    keyMarks.clear();
    Event first = parser.next();
    SourceLocation location = location(first);
    Object root = node(first, location, 0);
    parser.next();
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

  private Object node(Event event, SourceLocation location, int depth) {
    return switch (event.getEventId()) {
      case Scalar -> {
        count(location);
        yield anchor((ScalarEvent) event, scalar((ScalarEvent) event, location));
      }
      case MappingStart -> mapping((CollectionStartEvent) event, location, depth + 1);
      case SequenceStart -> sequence((CollectionStartEvent) event, location, depth + 1);
      case Alias -> copy(aliased((AliasEvent) event, location), depth, location);
      default -> throw error(location, "unexpected " + event.getEventId() + " in the YAML stream");
    };
  }

  private Object scalar(ScalarEvent event, SourceLocation location) {
    String text = event.getValue();
    Optional<String> tag = event.getTag();
    if (tag.isEmpty() || tag.get().equals(NON_SPECIFIC)) {
      // Quoted, literal and folded scalars are strings; "!" only stops a quoted one from resolving.
      return event.isPlain() ? PlainScalars.resolve(text) : text;
    }
    String name = tag.get();
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

  private Object mapping(CollectionStartEvent start, SourceLocation location, int depth) {
    checkDepth(location, depth);
    count(location);
    String anchor = startAnchor(start);
    String tag = collectionTag(start, MAP, "mapping", location);
    YamlMap map = new YamlMap(location);
    int firstKey = keyMarks.size();
    Object merge = null;
    SourceLocation mergeLocation = null;
    Mark mergeKey = null;
    while (!parser.checkEvent(Event.ID.MappingEnd)) {
      Event keyEvent = parser.next();
      Mark keyMark = keyEvent.getStartMark().orElse(null);
      boolean isMerge = isMergeKey(keyEvent);
      String key = isMerge ? MERGE_KEY : key(keyEvent);
      if (isMerge && mergeKey != null) {
        throw duplicate(keyEvent, key, mergeKey);
      }
      path.add(key);
      Event valueEvent = parser.next();
      SourceLocation valueLocation = location(valueEvent);
      Object value = node(valueEvent, valueLocation, depth);
      path.remove(path.size() - 1);
      if (isMerge) {
        mergeKey = keyMark;
        // go-yaml takes a list of mappings only written out, not through an alias.
        merge = valueEvent instanceof AliasEvent && !(value instanceof YamlMap) ? null : value;
        mergeLocation = valueLocation;
      } else {
        int size = map.size();
        map.put(key, value, valueLocation);
        if (map.size() == size) {
          // Until the merge the map holds explicit keys only, in the order of their marks.
          throw duplicate(keyEvent, key, keyMarks.get(firstKey + indexOf(map, key)));
        }
        keyMarks.add(keyMark);
      }
    }
    parser.next();
    truncate(keyMarks, firstKey);
    if (mergeLocation != null) {
      path.add(MERGE_KEY);
      merge(map, merge, mergeLocation);
      path.remove(path.size() - 1);
    }
    return finish(anchor, tag, map.override(OVERRIDE.equals(tag)), location);
  }

  private Object sequence(CollectionStartEvent start, SourceLocation location, int depth) {
    checkDepth(location, depth);
    count(location);
    String anchor = startAnchor(start);
    String tag = collectionTag(start, SEQ, "sequence", location);
    YamlList list = new YamlList(location);
    int index = 0;
    while (!parser.checkEvent(Event.ID.SequenceEnd)) {
      path.add(index++);
      Event itemEvent = parser.next();
      SourceLocation itemLocation = location(itemEvent);
      Object item = node(itemEvent, itemLocation, depth);
      path.remove(path.size() - 1);
      list.add(item, itemLocation);
    }
    parser.next();
    return finish(anchor, tag, list.override(OVERRIDE.equals(tag)), location);
  }

  /** A mapping key: a string, whether plain, quoted, tagged !!str, or reached through an alias. */
  private String key(Event event) {
    if (event instanceof ScalarEvent scalar && scalar.getTag().isEmpty() && scalar.getAnchor().isEmpty()) {
      Object key = scalar.isPlain() ? PlainScalars.resolve(scalar.getValue()) : scalar.getValue();
      if (key instanceof String text) {
        return text;
      }
    }
    return unusualKey(event);
  }

  /** A key with a tag, an anchor or an alias, or one that is not a string: the general path. */
  private String unusualKey(Event event) {
    SourceLocation location = location(event);
    Object key;
    if (event instanceof ScalarEvent scalar) {
      key = anchor(scalar, scalar(scalar, location));
      if (key instanceof String text) {
        return text;
      }
      throw error(location, "non-string key: " + (scalar.getValue().isEmpty() ? "null" : scalar.getValue()));
    }
    if (event instanceof AliasEvent alias) {
      key = aliased(alias, location);
      if (key instanceof String text) {
        return text;
      }
      throw error(location, "non-string key: *" + alias.getAlias().getValue());
    }
    throw error(location, "non-string key: a " + (event.getEventId() == Event.ID.MappingStart ? "mapping" : "sequence"));
  }

  private boolean isMergeKey(Event event) {
    if (!(event instanceof ScalarEvent scalar) || !scalar.isPlain() || !scalar.getValue().equals(MERGE_KEY)) {
      return false;
    }
    Optional<String> tag = scalar.getTag();
    return tag.isEmpty() || tag.get().equals(NON_SPECIFIC) || tag.get().equals(MERGE);
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

  private Object aliased(AliasEvent event, SourceLocation location) {
    if (++aliases > limits.maxAliases()) {
      throw error(location, "too many aliases: the limit is " + limits.maxAliases() + " per document");
    }
    String name = event.getAlias().getValue();
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

  private String startAnchor(NodeEvent start) {
    Optional<Anchor> anchor = start.getAnchor();
    if (anchor.isEmpty()) {
      return null;
    }
    String name = anchor.get().getValue();
    anchors().put(name, IN_PROGRESS);
    return name;
  }

  private Object anchor(ScalarEvent event, Object value) {
    if (event.getAnchor().isPresent()) {
      anchors().put(event.getAnchor().get().getValue(), value);
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

  /** The tag of a mapping or sequence: null, !reset or !override; anything else is an error. */
  private String collectionTag(CollectionStartEvent start, String standard, String kind, SourceLocation location) {
    Optional<String> tag = start.getTag();
    if (tag.isEmpty() || tag.get().equals(NON_SPECIFIC) || tag.get().equals(standard)) {
      return null;
    }
    String name = tag.get();
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

  private ComposeSyntaxException duplicate(Event event, String key, Mark earlier) {
    path.add(key);
    return error(location(event), "mapping key " + goQuote(key) + " already defined"
        + (earlier != null ? " at line " + (earlier.getLine() + 1) : ""));
  }

  private SourceLocation location(Event event) {
    Mark mark = event.getStartMark().orElse(null);
    return mark == null ? SourceLocation.ofFile(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
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

  private static void truncate(List<?> list, int size) {
    list.subList(size, list.size()).clear();
  }

  /** A key as Go's {@code %#v} prints a string, for messages that match go-yaml's. */
  private static String goQuote(String key) {
    return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
