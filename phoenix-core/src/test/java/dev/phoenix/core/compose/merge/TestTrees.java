package dev.phoenix.core.compose.merge;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.core.compose.tree.Reset;
import dev.phoenix.core.compose.tree.YamlList;
import dev.phoenix.core.compose.tree.YamlMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Stand-in YAML readers for the tests (the real reader is another stage): plain trees through
 * snakeyaml-engine's loader, and located trees (YamlMap/YamlList with positions, {@code !reset} as
 * {@link Reset}, {@code !override} as the override flag) built from its node graph.
 */
final class TestTrees {
  private static final LoadSettings SETTINGS = LoadSettings.builder().setSchema(new CoreSchema()).build();

  private TestTrees() {
  }

  /** A tree of LinkedHashMap / ArrayList / String, Long, Double, Boolean, null. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> plain(String yaml) {
    Object loaded = new Load(SETTINGS).loadFromString(yaml);
    return loaded == null ? new LinkedHashMap<>() : (Map<String, Object>) normalise(loaded);
  }

  private static Object normalise(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), normalise(v)));
      return result;
    }
    if (value instanceof List<?> list) {
      List<Object> result = new ArrayList<>();
      list.forEach(item -> result.add(normalise(item)));
      return result;
    }
    if (value instanceof Integer || value instanceof BigInteger) {
      return ((Number) value).longValue();
    }
    return value;
  }

  /** A tree read from {@code file}, with positions and tags. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> located(String file, String yaml) {
    Node root = new Compose(SETTINGS).composeString(yaml).orElseThrow();
    return (Map<String, Object>) convert(root, file);
  }

  private static Object convert(Node node, String file) {
    SourceLocation location = location(node, file);
    String tag = node.getTag().getValue();
    if (tag.equals("!reset")) {
      return new Reset(location);
    }
    boolean override = tag.equals("!override");
    if (node instanceof MappingNode mapping) {
      YamlMap map = new YamlMap(location).override(override);
      for (NodeTuple tuple : mapping.getValue()) {
        String key = ((ScalarNode) tuple.getKeyNode()).getValue();
        map.put(key, convert(tuple.getValueNode(), file), location(tuple.getValueNode(), file));
      }
      return map;
    }
    if (node instanceof SequenceNode sequence) {
      YamlList list = new YamlList(location).override(override);
      for (Node item : sequence.getValue()) {
        list.add(convert(item, file), location(item, file));
      }
      return list;
    }
    String text = ((ScalarNode) node).getValue();
    Tag scalarTag = node.getTag();
    if (scalarTag.equals(Tag.NULL)) {
      return null;
    }
    if (scalarTag.equals(Tag.BOOL)) {
      return Boolean.parseBoolean(text.toLowerCase());
    }
    if (scalarTag.equals(Tag.INT)) {
      return Long.decode(text.replace("0o", "0"));
    }
    if (scalarTag.equals(Tag.FLOAT)) {
      return Double.parseDouble(text);
    }
    return text;
  }

  private static SourceLocation location(Node node, String file) {
    Mark mark = node.getStartMark().orElse(null);
    return mark == null ? SourceLocation.ofFile(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
