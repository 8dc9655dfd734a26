package dev.phoenix.core.compose.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Golden data and tree comparison for the model and serializer tests. */
public final class TreeFixtures {
  /** Where the full example's files are said to be; any absolute directory does. */
  public static final String WORKING_DIR = "/projects/full-example";
  public static final String HOME_DIR = "/home/tester";

  private TreeFixtures() {
  }

  public static Path fullExampleDir() {
    return Path.of(System.getProperty("phoenix.shared.dir"), "conformance", "compose", "full-example");
  }

  /** expected.yaml or expected.json of compose-go's full example, placeholders filled in. */
  public static String fullExampleText(String file) {
    try {
      return Files.readString(fullExampleDir().resolve(file))
          .replace("__WORKING_DIR__", WORKING_DIR)
          .replace("__HOME_DIR__", HOME_DIR);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical tree of the full example, as compose-go marshals it. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> fullExampleTree() {
    return (Map<String, Object>) yaml(fullExampleText("expected.yaml"));
  }

  /** A test resource's YAML as a tree. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> resourceTree(String name) {
    try (InputStream in = TreeFixtures.class.getResourceAsStream(name)) {
      return (Map<String, Object>) yaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** YAML text read with snakeyaml-engine's JSON schema (its default), as a YAML 1.2 reader sees it. */
  public static Object yaml(String text) {
    return new Load(LoadSettings.builder().build()).loadFromString(text);
  }

  /** YAML text read with snakeyaml-engine's core schema. */
  public static Object yamlCore(String text) {
    return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(text);
  }

  public static Object json(String text) {
    try {
      return new ObjectMapper().readValue(text, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The differences between two trees, one per line with its path; empty when they are equal.
   * Numbers compare by value (a parser's Integer equals a model's Long), key order is ignored.
   */
  public static String diff(Object expected, Object actual) {
    List<String> differences = new ArrayList<>();
    compare("", expected, actual, differences);
    return String.join("\n", differences);
  }

  private static void compare(String path, Object expected, Object actual, List<String> differences) {
    if (expected instanceof Map<?, ?> left && actual instanceof Map<?, ?> right) {
      Set<String> keys = new TreeSet<>();
      left.keySet().forEach(key -> keys.add(String.valueOf(key)));
      right.keySet().forEach(key -> keys.add(String.valueOf(key)));
      for (String key : keys) {
        String child = path.isEmpty() ? key : path + "." + key;
        if (!left.containsKey(key)) {
          differences.add("+ " + child + ": " + right.get(key));
        } else if (!right.containsKey(key)) {
          differences.add("- " + child + ": " + left.get(key));
        } else {
          compare(child, left.get(key), right.get(key), differences);
        }
      }
    } else if (expected instanceof List<?> left && actual instanceof List<?> right) {
      for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
        String child = path + "[" + i + "]";
        if (i >= left.size()) {
          differences.add("+ " + child + ": " + right.get(i));
        } else if (i >= right.size()) {
          differences.add("- " + child + ": " + left.get(i));
        } else {
          compare(child, left.get(i), right.get(i), differences);
        }
      }
    } else if (expected instanceof Number left && actual instanceof Number right) {
      if (new BigDecimal(left.toString()).compareTo(new BigDecimal(right.toString())) != 0) {
        differences.add("~ " + path + ": expected " + left + ", got " + right);
      }
    } else if (expected == null ? actual != null : !expected.equals(actual)) {
      differences.add("~ " + path + ": expected " + describe(expected) + ", got " + describe(actual));
    }
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
  }
}
