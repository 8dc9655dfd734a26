package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project directory in a test's temporary folder, and loaders that see only what the test gives
 * them: the environment is always explicit (HOME points into the folder), warnings are collected.
 */
final class TestProject {
  final Path root;
  final Map<String, String> env = new LinkedHashMap<>();
  final List<String> warnings = new ArrayList<>();

  TestProject(Path root) {
    this.root = root.toAbsolutePath().normalize();
    env.put("HOME", this.root.resolve("home").toString());
  }

  /** Writes {@code content} to {@code relative} under the root, creating directories. */
  Path file(String relative, String content) {
    return bytes(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  Path bytes(String relative, byte[] content) {
    Path path = root.resolve(relative);
    try {
      Files.createDirectories(path.getParent());
      Files.write(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path;
  }

  Path dir(String relative) {
    Path path = root.resolve(relative);
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path;
  }

  TestProject env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** A loader with this project's environment and warning collector, nothing else. */
  ComposeLoader.Builder loader() {
    return ComposeLoader.builder().environment(env).onWarning(warnings::add);
  }

  /** A loader for the given files (relative to the root), in order. */
  ComposeLoader.Builder loader(String... files) {
    ComposeLoader.Builder builder = loader();
    for (String file : files) {
      builder.file(root.resolve(file));
    }
    return builder;
  }

  /** Loads the given files (relative to the root), in order. */
  ComposeProject load(String... files) {
    return loader(files).load();
  }

  /** The absolute path of {@code relative}, as error messages show files outside the current directory. */
  String shown(String relative) {
    return root.resolve(relative).toString();
  }
}
