package dev.phoenix.core.compose.normalize;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.core.compose.tree.YamlList;
import dev.phoenix.core.compose.tree.YamlMap;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Test helpers: a minimal YAML reader producing the raw tree with positions (the real reader is
 * another stage's), and a tree comparison that prints every difference with its path.
 */
final class TestTrees {
  private TestTrees() {
  }

  static Path shared() {
    return Path.of(System.getProperty("phoenix.shared.dir"));
  }

  /** Reads YAML into YamlMap / YamlList / Long / Double / Boolean / String / null, with positions. */
  static YamlMap yaml(String text, String file) {
    Node root = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(text).orElseThrow();
    return (YamlMap) convert(root, file);
  }

  static YamlMap yaml(String text) {
    return yaml(text, "compose.yaml");
  }

  private static Object convert(Node node, String file) {
    SourceLocation location = node.getStartMark()
        .map(mark -> new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1)).orElse(null);
    if (node instanceof MappingNode mapping) {
      YamlMap map = new YamlMap(location);
      for (NodeTuple tuple : mapping.getValue()) {
        Node value = tuple.getValueNode();
        SourceLocation valueLocation = value.getStartMark()
            .map(mark -> new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1)).orElse(null);
        map.put(((ScalarNode) tuple.getKeyNode()).getValue(), convert(value, file), valueLocation);
      }
      return map;
    }
    if (node instanceof SequenceNode sequence) {
      YamlList list = new YamlList(location);
      for (Node item : sequence.getValue()) {
        list.add(convert(item, file), item.getStartMark()
            .map(mark -> new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1)).orElse(null));
      }
      return list;
    }
    ScalarNode scalar = (ScalarNode) node;
    Tag tag = scalar.getTag();
    String value = scalar.getValue();
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.valueOf(value);
    }
    if (tag.equals(Tag.INT)) {
      return Long.valueOf(value);
    }
    if (tag.equals(Tag.FLOAT)) {
      return Double.valueOf(value);
    }
    return value;
  }

  /** Every difference between two trees, one line each; empty when they are equal. */
  static List<String> differences(Object expected, Object actual) {
    List<String> result = new ArrayList<>();
    compare("", expected, actual, result);
    return result;
  }

  private static void compare(String path, Object expected, Object actual, List<String> result) {
    if (expected instanceof Map<?, ?> expectedMap && actual instanceof Map<?, ?> actualMap) {
      Set<String> keys = new TreeSet<>();
      expectedMap.keySet().forEach(key -> keys.add(String.valueOf(key)));
      actualMap.keySet().forEach(key -> keys.add(String.valueOf(key)));
      for (String key : keys) {
        String child = path.isEmpty() ? key : path + "." + key;
        if (!expectedMap.containsKey(key)) {
          result.add("+ " + child + ": " + actualMap.get(key));
        } else if (!actualMap.containsKey(key)) {
          result.add("- " + child + ": " + expectedMap.get(key));
        } else {
          compare(child, expectedMap.get(key), actualMap.get(key), result);
        }
      }
      return;
    }
    if (expected instanceof List<?> expectedList && actual instanceof List<?> actualList) {
      for (int i = 0; i < Math.max(expectedList.size(), actualList.size()); i++) {
        String child = path + "[" + i + "]";
        if (i >= expectedList.size()) {
          result.add("+ " + child + ": " + actualList.get(i));
        } else if (i >= actualList.size()) {
          result.add("- " + child + ": " + expectedList.get(i));
        } else {
          compare(child, expectedList.get(i), actualList.get(i), result);
        }
      }
      return;
    }
    if (expected instanceof Number expectedNumber && actual instanceof Number actualNumber
        && new BigDecimal(expectedNumber.toString()).compareTo(new BigDecimal(actualNumber.toString())) == 0) {
      return;
    }
    if (expected == null ? actual != null : !expected.equals(actual)) {
      result.add("~ " + path + ": expected " + describe(expected) + " but was " + describe(actual));
    }
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof String ? "\"" + value + "\"" : value + " (" + value.getClass().getSimpleName() + ")";
  }
}
