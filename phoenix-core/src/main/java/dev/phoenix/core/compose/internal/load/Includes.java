package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeCycleException;
import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.merge.ComposeMerger;
import dev.phoenix.core.compose.internal.tree.TreePath;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a file's {@code include} section as Compose v2.40 does: each entry is loaded as a project
 * of its own (its own project directory and {@code .env}, the including project's variables
 * winning), and its services, networks, volumes, secrets, configs and models are copied in. A
 * resource defined on both sides is an error unless the two definitions are identical.
 */
final class Includes {
  private static final List<String> SECTIONS = List.of("services", "networks", "volumes", "secrets", "configs", "models");

  /** The files being included, outermost first, to detect a file that includes itself. */
  record Chain(List<Path> files) {
    static Chain root(List<Path> files) {
      return new Chain(List.copyOf(files));
    }

    Chain with(Path file) {
      List<Path> longer = new ArrayList<>(files);
      longer.add(file);
      return new Chain(List.copyOf(longer));
    }
  }

  private final FileProcessor processor;
  private final Path currentDirectory;

  Includes(FileProcessor processor, Path currentDirectory) {
    this.processor = processor;
    this.currentDirectory = currentDirectory;
  }

  /**
   * Loads the entries of {@code tree}'s {@code include} and copies their resources into
   * {@code tree}; relative paths of the entries resolve against {@code baseDirectory}, the
   * including project's directory.
   */
  void apply(Map<String, Object> tree, SourceFile file, Path baseDirectory, ProjectEnvironment environment, Chain chain) {
    Object include = tree.remove("include");
    if (!(include instanceof List<?> entries)) {
      throw new ComposeValidationException(TreePath.locationOf(tree, "include"), "include", "must be a list");
    }
    for (int i = 0; i < entries.size(); i++) {
      Object entry = entries.get(i);
      SourceLocation where = TreePath.locate(include, List.of(i));
      String at = "include[" + i + "]";
      List<Path> paths;
      Path projectDirectory = null;
      List<Path> envFiles = List.of();
      if (entry instanceof String path) {
        paths = List.of(baseDirectory.resolve(path).normalize());
      } else if (entry instanceof Map<?, ?> map) {
        paths = files(map.get("path"), baseDirectory, include, i, "path");
        if (map.get("project_directory") instanceof String dir) {
          projectDirectory = baseDirectory.resolve(dir).normalize();
        } else if (map.get("project_directory") != null) {
          throw new ComposeValidationException(TreePath.locate(include, List.of(i, "project_directory")),
              at + ".project_directory", "must be a string");
        }
        envFiles = files(map.get("env_file"), baseDirectory, include, i, "env_file");
      } else {
        throw new ComposeValidationException(where, at, "must be a path or a mapping with \"path\"");
      }
      if (paths.isEmpty()) {
        throw new ComposeValidationException(where, at, "an include entry needs a path");
      }
      for (Path path : paths) {
        requireFile(path, "included file", where, at);
      }
      for (Path envFile : envFiles) {
        requireFile(envFile, "env file", where, at);
      }
      Map<String, Object> included = load(paths, projectDirectory, envFiles, environment, chain, where, at);
      importResources(tree, included, paths.get(0), file);
    }
  }

  /** The files named by {@code path} or {@code env_file} of an entry: a string or a list of strings. */
  private static List<Path> files(Object value, Path base, Object include, int index, String key) {
    List<Path> files = new ArrayList<>();
    if (value instanceof String single) {
      files.add(base.resolve(single).normalize());
    } else if (value instanceof List<?> several) {
      for (int j = 0; j < several.size(); j++) {
        if (!(several.get(j) instanceof String item)) {
          throw new ComposeValidationException(TreePath.locate(include, List.of(index, key, j)),
              "include[" + index + "]." + key + "[" + j + "]", "must be a string");
        }
        files.add(base.resolve(item).normalize());
      }
    } else if (value != null) {
      throw new ComposeValidationException(TreePath.locate(include, List.of(index, key)),
          "include[" + index + "]." + key, "must be a string or a list of strings");
    }
    return files;
  }

  /** A missing file is reported at the include entry that names it. */
  private void requireFile(Path path, String role, SourceLocation where, String at) {
    if (!Files.isRegularFile(path)) {
      String shown = SourceFile.display(path, currentDirectory);
      throw new ComposeFileException(where, at, role + " " + shown
          + (Files.isDirectory(path) ? " is a directory, not a file" : " not found"));
    }
  }

  private Map<String, Object> load(List<Path> paths, Path projectDirectory, List<Path> envFiles,
      ProjectEnvironment parent, Chain chain, SourceLocation where, String at) {
    Path directory = projectDirectory != null ? projectDirectory : paths.get(0).getParent();
    // The included project reads its own .env, but the including project's variables win.
    ProjectEnvironment environment = ProjectEnvironment.forInclude(parent, envFiles, directory);
    Map<String, Object> merged = null;
    for (Path path : paths) {
      if (chain.files().contains(path)) {
        List<String> cycle = new ArrayList<>();
        chain.files().subList(chain.files().indexOf(path), chain.files().size()).forEach(p -> cycle.add(p.getFileName().toString()));
        cycle.add(path.getFileName().toString());
        throw new ComposeCycleException(where, at, "include cycle: " + String.join(" -> ", cycle));
      }
      SourceFile source = SourceFile.read(path, currentDirectory, "included file");
      Map<String, Object> tree = processor.process(source, processor.parse(source), environment, directory, chain.with(path));
      merged = merged == null ? ComposeMerger.stripResets(tree) : ComposeMerger.merge(merged, tree);
    }
    RelativePaths.absolutizeProject(merged, directory);
    return merged;
  }

  private static void importResources(Map<String, Object> tree, Map<String, Object> included, Path from, SourceFile into) {
    for (String section : SECTIONS) {
      if (!(included.get(section) instanceof Map<?, ?> resources) || resources.isEmpty()) {
        continue;
      }
      Map<String, Object> target = section(tree, section);
      if (target == null) {
        continue;
      }
      for (Map.Entry<?, ?> resource : resources.entrySet()) {
        String name = String.valueOf(resource.getKey());
        if (target.containsKey(name) && !Objects.equals(target.get(name), resource.getValue())) {
          throw new ComposeValidationException(TreePath.locationOf(target, name), section + "." + name,
              "conflicts with the " + singular(section) + " \"" + name + "\" imported from " + from.getFileName()
                  + " by include: rename one of them (included resources are not merged)");
        }
        target.put(name, resource.getValue());
      }
    }
  }

  private static Map<String, Object> section(Map<String, Object> tree, String section) {
    Object existing = tree.get(section);
    if (existing instanceof Map<?, ?> map) {
      return FileProcessor.cast(map);
    }
    if (existing != null) {
      // Not a mapping: left for schema validation to report, rather than silently replaced.
      return null;
    }
    YamlMap created = new YamlMap();
    tree.put(section, created);
    return created;
  }

  private static String singular(String section) {
    return section.substring(0, section.length() - 1);
  }
}
