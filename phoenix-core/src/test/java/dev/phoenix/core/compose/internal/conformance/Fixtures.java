package dev.phoenix.core.compose.internal.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phoenix.core.compose.internal.dotenv.DotEnv;
import dev.phoenix.core.compose.internal.tree.TreePath;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import dev.phoenix.core.compose.internal.yaml.ComposeYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Test support shared by the conformance runner and the stage unit tests: YAML read with the real
 * reader ({@link ComposeYaml}), env files read with the real parser ({@link DotEnv}), plain copies
 * of trees, and the one tree comparison that names every difference by its path.
 */
public final class Fixtures {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SUBTREE_LENGTH = 160;

  private Fixtures() {
  }

  /** The single document of {@code text}, read as Compose reads a file named {@code file}. */
  public static YamlMap yaml(String text, String file) {
    List<YamlMap> documents = ComposeYaml.read(text, file);
    if (documents.size() != 1) {
      throw new IllegalArgumentException(file + " holds " + documents.size() + " documents, expected one");
    }
    return documents.get(0);
  }

  /** {@link #yaml(String, String)} for a file named {@code compose.yaml}. */
  public static YamlMap yaml(String text) {
    return yaml(text, "compose.yaml");
  }

  /** The single document of a YAML file. */
  public static YamlMap yaml(Path file) {
    return yaml(text(file), file.getFileName().toString());
  }

  /** JSON text as Jackson reads it into maps, lists and scalars. */
  public static Object json(String text) {
    try {
      return JSON.readValue(text, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's text, UTF-8. */
  public static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A deep copy of {@code tree} made of LinkedHashMap and ArrayList only, without positions. */
  public static Object plain(Object tree) {
    if (tree instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put(key, plain(value)));
      return copy;
    }
    if (tree instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(plain(item)));
      return copy;
    }
    return tree;
  }

  /**
   * Reads an {@code env_file} or {@code label_file} as the loader does, with the real dotenv parser:
   * a method reference to this is a {@code NormalizeOptions.EnvFileReader}.
   *
   * @return the variables, or null when the file does not exist
   */
  public static Map<String, String> envFile(Path file, String format, Function<String, String> lookup) {
    if (!Files.exists(file)) {
      return null;
    }
    return "raw".equals(format) ? DotEnv.readRaw(file, lookup) : DotEnv.read(file, lookup);
  }

  /**
   * Every difference between two trees, one line each with its path ({@code + path: value} only in
   * actual, {@code - path: value} only in expected, {@code ~ path: ...} changed); empty when they
   * are equal. Map key order is ignored; numbers compare by value, so a JSON reader's Integer
   * equals a model's Long, but a number never equals a string.
   */
  public static List<String> differences(Object expected, Object actual) {
    List<String> result = new ArrayList<>();
    compare(new ArrayList<>(), expected, actual, result);
    return result;
  }

  /**
   * Fails when {@code actual} differs from {@code expected}: the message counts the differences,
   * then lists them one per line.
   *
   * @param what what {@code expected} is, for the message ({@code expected.yaml})
   */
  public static void assertSameTree(String what, Object expected, Object actual) {
    List<String> differences = differences(expected, actual);
    if (!differences.isEmpty()) {
      throw new AssertionError(differences.size() + (differences.size() == 1 ? " difference" : " differences")
          + " from " + what + ":\n  " + String.join("\n  ", differences));
    }
  }

  private static void compare(List<Object> path, Object expected, Object actual, List<String> result) {
    if (expected instanceof Map<?, ?> left && actual instanceof Map<?, ?> right) {
      Set<String> keys = new TreeSet<>();
      left.keySet().forEach(key -> keys.add(String.valueOf(key)));
      right.keySet().forEach(key -> keys.add(String.valueOf(key)));
      for (String key : keys) {
        path.add(key);
        if (!left.containsKey(key)) {
          result.add("+ " + TreePath.render(path) + ": " + describe(right.get(key)));
        } else if (!right.containsKey(key)) {
          result.add("- " + TreePath.render(path) + ": " + describe(left.get(key)));
        } else {
          compare(path, left.get(key), right.get(key), result);
        }
        path.remove(path.size() - 1);
      }
    } else if (expected instanceof List<?> left && actual instanceof List<?> right) {
      for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
        path.add(i);
        if (i >= left.size()) {
          result.add("+ " + TreePath.render(path) + ": " + describe(right.get(i)));
        } else if (i >= right.size()) {
          result.add("- " + TreePath.render(path) + ": " + describe(left.get(i)));
        } else {
          compare(path, left.get(i), right.get(i), result);
        }
        path.remove(path.size() - 1);
      }
    } else if (expected instanceof Number left && actual instanceof Number right) {
      if (!sameNumber(left, right)) {
        result.add("~ " + TreePath.render(path) + ": expected " + describe(left) + " but was " + describe(right));
      }
    } else if (expected == null ? actual != null : !expected.equals(actual)) {
      result.add("~ " + TreePath.render(path) + ": expected " + describe(expected) + " but was " + describe(actual));
    }
  }

  private static boolean sameNumber(Number left, Number right) {
    try {
      return new BigDecimal(left.toString()).compareTo(new BigDecimal(right.toString())) == 0;
    } catch (NumberFormatException infinityOrNaN) {
      return left.doubleValue() == right.doubleValue() || Double.isNaN(left.doubleValue()) && Double.isNaN(right.doubleValue());
    }
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return '"' + text.replace("\n", "\\n") + '"';
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      // A whole missing subtree is shown by its start: its path already says what it is.
      String text = value.toString();
      return text.length() <= SUBTREE_LENGTH ? text : text.substring(0, SUBTREE_LENGTH) + "...";
    }
    return value + " (" + value.getClass().getSimpleName() + ")";
  }
}
