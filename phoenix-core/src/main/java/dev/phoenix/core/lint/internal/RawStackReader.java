package dev.phoenix.core.lint.internal;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.core.compose.internal.load.IncludeVariables;
import dev.phoenix.core.compose.internal.tree.Reset;
import dev.phoenix.core.compose.internal.tree.YamlList;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import dev.phoenix.core.compose.internal.yaml.ComposeYaml;
import dev.phoenix.core.lint.LintedStack;
import dev.phoenix.core.lint.internal.RawStack.RawFile;
import dev.phoenix.core.lint.internal.RawStack.RawService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every file of a stack the way the loader reaches it, for the rules:
 *
 * <ul>
 *   <li>the stack's own compose files, with the stack's variables, their paths resolving against
 *       the stack directory;
 *   <li>the files of each {@code include} entry (recursively), as a project of their own: paths
 *       resolve against the including project's directory, the included project's directory is
 *       its {@code project_directory} or else the directory of its first file, and its variables
 *       are the including file's over the entry's {@code env_file} files (a later one over an
 *       earlier one) or else over the {@code .env} of that directory;
 *   <li>for every service definition with {@code extends}, the definitions it extends: in the
 *       same file (for a project's file also among the included services), or in the file named by
 *       {@code extends.file}, which resolves against the extending file's project directory (an
 *       extended file's own directory for a further {@code extends}) and is interpolated with the
 *       extending file's variables. An extended file is part of the stack only through the
 *       services extended from it, and a key the extending service replaces ({@code !reset},
 *       {@code !override}) does not count in what it extends.
 * </ul>
 *
 * <p>{@code include} and {@code extends} values are interpolated first, as the loader does. The
 * stack's own files must be readable; an included or extended file that cannot be read or parsed
 * is left out, because the loader already reports it as the stack's load error.
 */
final class RawStackReader {
  /** A file is read once per set of variables and directory, as the loader caches extended files. */
  private record FileKey(Path path, Map<String, String> variables, Path directory) {
  }

  private final Map<FileKey, RawFile> files = new LinkedHashMap<>();
  private final Set<RawFile> projectFiles = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<RawFile> projectOrder = new ArrayList<>();
  private final List<RawFile> included = new ArrayList<>();

  private RawStackReader() {
  }

  /**
   * Reads {@code stack} with its {@code variables}.
   *
   * @param activeServices the services the loader enabled, or null when the stack did not load
   * @throws PhoenixException when one of the stack's own files cannot be read or parsed
   */
  static RawStack read(LintedStack stack, Map<String, String> variables, Set<String> activeServices) {
    RawStackReader reader = new RawStackReader();
    Path directory = stack.directory().toAbsolutePath().normalize();
    for (Path file : stack.composeFiles()) {
      Path path = directory.resolve(file).normalize();
      RawFile own = reader.file(path, variables, directory, true);
      reader.addProjectFile(own);
      reader.includes(own, List.of(path));
    }
    List<RawService> services = new ArrayList<>();
    for (RawFile file : reader.projectOrder) {
      services.addAll(file.services());
    }
    List<RawService> inherited = new ArrayList<>();
    for (RawService service : services) {
      reader.extendsOf(service, Collections.newSetFromMap(new IdentityHashMap<>()), inherited);
    }
    services.addAll(inherited);
    return new RawStack(stack, List.copyOf(reader.files.values()), services, activeServices);
  }

  private void addProjectFile(RawFile file) {
    if (projectFiles.add(file)) {
      projectOrder.add(file);
    }
  }

  /** Reads the files of {@code file}'s {@code include} entries and theirs; {@code chain} stops a cycle. */
  private void includes(RawFile file, List<Path> chain) {
    for (YamlMap document : file.documents()) {
      if (!(document.get("include") instanceof YamlList entries)) {
        continue;
      }
      for (Object entry : entries) {
        List<Path> paths = new ArrayList<>();
        Path projectDirectory = null;
        List<Path> envFiles = new ArrayList<>();
        if (entry instanceof String path) {
          paths.addAll(paths(file, path));
        } else if (entry instanceof YamlMap map) {
          paths.addAll(paths(file, map.get("path")));
          if (map.get("project_directory") instanceof String dir) {
            projectDirectory = paths(file, dir).stream().findFirst().orElse(null);
          }
          envFiles.addAll(paths(file, map.get("env_file")));
        }
        if (paths.isEmpty()) {
          continue;
        }
        Path directory = projectDirectory != null ? projectDirectory : paths.get(0).getParent();
        Map<String, String> variables = includedVariables(file.variables(), envFiles, directory);
        for (Path path : paths) {
          if (chain.contains(path)) {
            continue;
          }
          RawFile child = file(path, variables, directory, false);
          if (child != null && !projectFiles.contains(child)) {
            addProjectFile(child);
            included.add(child);
            List<Path> longer = new ArrayList<>(chain);
            longer.add(path);
            includes(child, longer);
          }
        }
      }
    }
  }

  /**
   * The paths a value names (a string or a list of strings), interpolated and resolved against
   * {@code file}'s directory; a value that is no path here is left out.
   */
  private static List<Path> paths(RawFile file, Object value) {
    List<Path> paths = new ArrayList<>();
    if (value instanceof String single) {
      resolve(file, single, paths);
    } else if (value instanceof YamlList several) {
      for (Object item : several) {
        if (item instanceof String text) {
          resolve(file, text, paths);
        }
      }
    }
    return paths;
  }

  private static void resolve(RawFile file, String value, List<Path> paths) {
    try {
      paths.add(file.directory().resolve(file.resolved(value)).normalize());
    } catch (InvalidPathException e) {
      // Not a path on this system: the loader cannot read it either, and reports it.
    }
  }

  /**
   * The variables of an included project, from the loader's own rule; when an env file is missing or
   * broken (the loader's error for the stack), the including file's variables alone.
   */
  private static Map<String, String> includedVariables(Map<String, String> parent, List<Path> envFiles,
      Path directory) {
    try {
      return IncludeVariables.of(parent, envFiles, directory);
    } catch (PhoenixException e) {
      return parent;
    }
  }

  /**
   * Adds to {@code inherited} the definitions {@code definition} extends, directly or through
   * further {@code extends}, each owned by {@code definition}'s service. {@code chain} holds the
   * definitions being extended, to stop at a cycle (the loader's error).
   */
  private void extendsOf(RawService definition, Set<YamlMap> chain, List<RawService> inherited) {
    Object spec = definition.spec().get("extends");
    String baseName;
    String baseFile = null;
    if (spec instanceof String name) {
      baseName = definition.resolved(name);
    } else if (spec instanceof YamlMap map && map.get("service") instanceof String name) {
      baseName = definition.resolved(name);
      if (map.get("file") instanceof String path) {
        baseFile = path;
      }
    } else {
      return;
    }
    Set<String> hidden = new HashSet<>(definition.hidden());
    for (Map.Entry<String, Object> entry : definition.spec().entrySet()) {
      Object value = entry.getValue();
      if (value instanceof Reset || (value instanceof YamlMap map && map.isOverride())
          || (value instanceof YamlList list && list.isOverride())) {
        hidden.add(entry.getKey());
      }
    }
    RawFile from = definition.file();
    List<RawService> bases;
    if (baseFile != null) {
      List<Path> named = paths(from, baseFile);
      RawFile other = named.isEmpty() ? null
          : file(named.get(0), from.variables(), named.get(0).getParent(), false);
      bases = other == null ? List.of() : other.definitions(baseName, definition.name(), hidden);
    } else {
      bases = from.definitions(baseName, definition.name(), hidden);
      if (bases.isEmpty() && projectFiles.contains(from)) {
        // A project's services include the ones it imports, and extends may name one of them.
        bases = new ArrayList<>();
        for (RawFile file : included) {
          bases.addAll(file.definitions(baseName, definition.name(), hidden));
        }
      }
    }
    chain.add(definition.spec());
    for (RawService base : bases) {
      if (!chain.contains(base.spec())) {
        inherited.add(base);
        extendsOf(base, chain, inherited);
      }
    }
    chain.remove(definition.spec());
  }

  /**
   * The file at {@code path} read with {@code variables}, once. A stack's own file that cannot be
   * read or parsed is an error; another is null.
   */
  private RawFile file(Path path, Map<String, String> variables, Path directory, boolean required) {
    FileKey key = new FileKey(path, Map.copyOf(variables), directory);
    RawFile known = files.get(key);
    if (known != null) {
      return known;
    }
    RawFile file;
    try {
      String content = Files.readString(path);
      List<YamlMap> documents = ComposeYaml.read(content, path.toString());
      file = new RawFile(new SourceText(path, content), documents, key.variables(), directory);
    } catch (IOException e) {
      if (required) {
        throw new PhoenixException("cannot read " + path + ": " + e.getMessage(), new UncheckedIOException(e));
      }
      return null;
    } catch (PhoenixException e) {
      if (required) {
        throw e;
      }
      return null;
    }
    files.put(key, file);
    return file;
  }
}
