package dev.phoenix.core.compose.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Golden data for the model and serializer tests, and YAML read with a generic YAML 1.2 reader
 * (what other tools see of the serializer's output). Trees compare with
 * {@link dev.phoenix.core.compose.internal.conformance.Fixtures#differences}.
 */
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
}
