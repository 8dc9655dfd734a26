package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeCycleException;
import dev.phoenix.api.compose.ComposeValidationException;
import dev.phoenix.core.compose.internal.interpolation.InterpolationResult;
import dev.phoenix.core.compose.internal.interpolation.Interpolator;
import dev.phoenix.core.compose.internal.merge.ComposeMerger;
import dev.phoenix.core.compose.internal.tree.TreeCopy;
import dev.phoenix.core.compose.internal.tree.TreePath;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import dev.phoenix.core.compose.internal.yaml.ComposeYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The per-file part of loading, in compose-go's order: parse (documents merged in order),
 * interpolate, apply {@code include}, apply {@code extends}. What comes out is one raw tree, ready to
 * be merged with the other files of the project.
 */
final class FileProcessor {
  private final boolean interpolate;
  private final Path currentDirectory;
  private final Consumer<String> warnings;
  /**
   * Other files read for {@code extends}, already interpolated, by absolute path and environment:
   * an included project may extend the same file with other variables.
   */
  private final Map<ExtendedFile, Map<String, Object>> extendedFiles = new HashMap<>();

  private record ExtendedFile(Path path, ProjectEnvironment environment) {
  }

  FileProcessor(boolean interpolate, Path currentDirectory, Consumer<String> warnings) {
    this.interpolate = interpolate;
    this.currentDirectory = currentDirectory;
    this.warnings = warnings;
  }

  /**
   * Parses a file; several YAML documents in it are merged in order. A {@code version} key gets
   * compose's warning, naming the file.
   */
  Map<String, Object> parse(SourceFile file) {
    List<YamlMap> documents = ComposeYaml.read(file.content(), file.displayName());
    Map<String, Object> tree;
    if (documents.size() <= 1) {
      tree = documents.isEmpty() ? new YamlMap(SourceLocation.ofFile(file.displayName())) : documents.get(0);
    } else {
      tree = ComposeMerger.stripResets(documents.get(0));
      for (int i = 1; i < documents.size(); i++) {
        tree = ComposeMerger.merge(tree, documents.get(i));
      }
    }
    if (tree.containsKey("version")) {
      warnings.accept(file.displayName() + ": the attribute `version` is obsolete, it will be ignored,"
          + " please remove it to avoid potential confusion");
    }
    return tree;
  }

  /**
   * Interpolates a parsed file of a project (the main project or an included one) and applies its
   * {@code include} and {@code extends}. Their relative paths resolve against the project
   * directory, as compose-go's file loader resolves them, which is the file's own directory unless
   * {@code --project-directory}, a later {@code -f} file elsewhere or an include's
   * {@code project_directory} says otherwise.
   */
  Map<String, Object> process(SourceFile file, Map<String, Object> parsed, ProjectEnvironment environment,
      Path projectDirectory, Includes.Chain chain) {
    Map<String, Object> tree = interpolate(parsed, environment);
    if (tree.containsKey("include")) {
      new Includes(this, currentDirectory).apply(tree, file, projectDirectory, environment, chain);
    }
    resolveExtends(tree, file, projectDirectory, environment);
    return tree;
  }

  Map<String, Object> interpolate(Map<String, Object> tree, ProjectEnvironment environment) {
    if (!interpolate) {
      return tree;
    }
    InterpolationResult result = Interpolator.interpolate(tree, environment::get);
    result.warnings().forEach(warnings);
    return result.tree();
  }

  private void resolveExtends(Map<String, Object> tree, SourceFile file, Path fileDirectory, ProjectEnvironment environment) {
    if (!(tree.get("services") instanceof Map<?, ?> rawServices)) {
      return;
    }
    Map<String, Object> services = cast(rawServices);
    for (String name : new ArrayList<>(services.keySet())) {
      if (services.get(name) instanceof Map<?, ?> service && service.containsKey("extends")) {
        services.put(name, extended(services, name, file, fileDirectory, environment, new ArrayList<>()));
      }
    }
  }

  /** One service on an {@code extends} chain, to detect and show a cycle. */
  private record Link(SourceFile file, String service) {
    boolean sameAs(Link other) {
      return service.equals(other.service) && Objects.equals(file.displayName(), other.file.displayName());
    }

    /** The service name, prefixed by its file when that is not the file the cycle was found in. */
    String shown(SourceFile in) {
      return file.displayName().equals(in.displayName()) ? service : file.displayName() + ":" + service;
    }
  }

  /**
   * The service {@code name} of {@code services} with its {@code extends} chain applied: the base
   * first, the local definition on top. Other files' relative paths are made absolute against
   * their own directory.
   */
  private Map<String, Object> extended(Map<String, Object> services, String name, SourceFile file,
      Path fileDirectory, ProjectEnvironment environment, List<Link> chain) {
    Map<String, Object> service = cast((Map<?, ?>) services.get(name));
    Object spec = service.get("extends");
    if (spec == null) {
      return service;
    }
    String at = path("services", name, "extends");
    SourceLocation where = TreePath.locate(services, List.of(name, "extends"));
    Link link = new Link(file, name);
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i).sameAs(link)) {
        List<String> cycle = new ArrayList<>();
        chain.subList(i, chain.size()).forEach(l -> cycle.add(l.shown(file)));
        cycle.add(link.shown(file));
        throw new ComposeCycleException(where, at, "extends cycle: " + String.join(" -> ", cycle));
      }
    }
    chain.add(link);
    String baseName;
    String baseFile = null;
    if (spec instanceof String text) {
      baseName = text;
    } else if (spec instanceof Map<?, ?> map && map.get("service") instanceof String text) {
      baseName = text;
      if (map.get("file") instanceof String path) {
        baseFile = path;
      }
    } else {
      throw new ComposeValidationException(where, at,
          "must be a service name or a mapping with \"service\" and an optional \"file\"");
    }

    Map<String, Object> base;
    if (baseFile == null) {
      if (!(services.get(baseName) instanceof Map<?, ?>)) {
        throw new ComposeValidationException(where, at,
            "cannot extend service \"" + baseName + "\": no such service in " + file.displayName());
      }
      base = extended(services, baseName, file, fileDirectory, environment, chain);
    } else {
      Path otherPath = fileDirectory.resolve(baseFile).normalize();
      SourceFile other = SourceFile.read(otherPath, currentDirectory, "extended file");
      Map<String, Object> otherTree = extendedFiles.computeIfAbsent(new ExtendedFile(otherPath, environment),
          key -> interpolate(parse(other), environment));
      Map<String, Object> otherServices = otherTree.get("services") instanceof Map<?, ?> m ? cast(m) : Map.of();
      if (!(otherServices.get(baseName) instanceof Map<?, ?>)) {
        throw new ComposeValidationException(where, at,
            "cannot extend service \"" + baseName + "\": no such service in " + other.displayName());
      }
      base = deepCopy(extended(otherServices, baseName, other, otherPath.getParent(), environment, chain));
      RelativePaths.absolutizeService(base, otherPath.getParent());
    }
    Map<String, Object> local = new YamlMap();
    local.putAll(service);
    if (service instanceof YamlMap located) {
      ((YamlMap) local).copyLocationsFrom(located);
    }
    local.remove("extends");
    chain.remove(chain.size() - 1);
    return ComposeMerger.mergeService(base, local);
  }

  /** Copies maps and lists, so that making a base's paths absolute leaves the cached file untouched. */
  static Map<String, Object> deepCopy(Map<String, Object> tree) {
    return cast((Map<?, ?>) TreeCopy.deep(tree));
  }

  static String path(String... steps) {
    return TreePath.render(List.of((Object[]) steps));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
