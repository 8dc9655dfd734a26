package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.InterpolationException;
import dev.phoenix.core.compose.internal.interpolation.Template;
import dev.phoenix.core.compose.internal.merge.ComposeMerger;
import dev.phoenix.core.compose.internal.model.ProjectBinder;
import dev.phoenix.core.compose.internal.normalize.Canonicalizer;
import dev.phoenix.core.compose.internal.normalize.ConsistencyCheck;
import dev.phoenix.core.compose.internal.normalize.NormalizeOptions;
import dev.phoenix.core.compose.internal.normalize.Normalizer;
import dev.phoenix.core.compose.internal.normalize.ProfileResult;
import dev.phoenix.core.compose.internal.normalize.Profiles;
import dev.phoenix.core.compose.internal.schema.ComposeSchema;
import dev.phoenix.core.compose.internal.tree.TreePath;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole load, stage by stage, in compose-go's order: choose the files and the project
 * directory; build the environment; parse every file; choose the project name; per file
 * interpolate, include, extend; merge the files; validate against the schema; canonicalize;
 * normalize; apply profiles; check consistency; bind the typed model.
 */
final class ProjectLoader {
  private final LoadRequest request;

  ProjectLoader(LoadRequest request) {
    this.request = request;
  }

  ComposeProject load() {
    Path current = request.currentDirectory();
    Selection selection = select(current);
    Path projectDirectory = selection.projectDirectory();
    ProjectEnvironment environment = selection.environment();
    List<SourceFile> sources = selection.sources();
    for (LoadRequest.InlineFile inline : request.inlineFiles()) {
      sources.add(new SourceFile(null, inline.name(), inline.content()));
    }

    FileProcessor processor = new FileProcessor(request.interpolate(), current, request.warnings());
    List<Map<String, Object>> parsed = new ArrayList<>(sources.size());
    for (SourceFile source : sources) {
      parsed.add(processor.parse(source));
    }

    String name = projectName(parsed, sources, environment, projectDirectory);
    environment = environment.with("COMPOSE_PROJECT_NAME", name);

    List<Path> composePaths = new ArrayList<>();
    sources.forEach(s -> { if (s.path() != null) composePaths.add(s.path()); });
    Map<String, Object> merged = null;
    for (int i = 0; i < sources.size(); i++) {
      // As in compose-go, an include cycle is a file reached again from itself, each file on its own.
      Path path = sources.get(i).path();
      Includes.Chain chain = Includes.Chain.root(path == null ? List.of() : List.of(path));
      Map<String, Object> tree = processor.process(sources.get(i), parsed.get(i), environment, projectDirectory, chain);
      // The first file's !reset and !override have nothing to act on; later files act on the merge.
      merged = merged == null ? ComposeMerger.stripResets(tree) : ComposeMerger.merge(merged, tree);
    }
    if (merged.isEmpty()) {
      // Every file was empty (or only comments): compose-go refuses such a project.
      throw new ComposeFileException(SourceLocation.ofFile(sources.get(0).displayName()), null, "empty compose file");
    }
    // Each file with a version was warned about when it was parsed.
    merged.remove("version");

    ComposeSchema.validate(merged);
    merged.put("name", name);

    NormalizeOptions options = new NormalizeOptions(name, projectDirectory, environment.variables(),
        home(environment), request.resolvePaths(), request.normalize(),
        ServiceEnvFiles::read);
    YamlMap canonical = Canonicalizer.canonicalize(merged, options);
    if (request.normalize()) {
      canonical = Normalizer.normalize(canonical, options);
    }
    ProfileResult profiles = Profiles.apply(canonical, activeProfiles(environment));
    if (request.consistencyCheck()) {
      ConsistencyCheck.check(profiles.project(), profiles.disabledServices());
    }
    return ProjectBinder.bind(profiles.project(), projectDirectory, composePaths, profiles.disabledServices());
  }

  /** The compose files, the project directory and the environment, chosen before any file is parsed. */
  private record Selection(Path projectDirectory, List<SourceFile> sources, ProjectEnvironment environment) {
  }

  /**
   * Chooses the files as docker compose does: the {@code -f} files; else {@code COMPOSE_FILE},
   * which the {@code .env} of the starting directory may set; else the default names, searched
   * upwards from the starting directory. The project directory is the working directory when one
   * is given, else the first file's directory.
   */
  private Selection select(Path current) {
    Path workingDirectory = request.workingDirectory();
    // Like -f files, --env-file files are named relative to the current directory.
    List<Path> envFiles = request.envFiles().stream().map(file -> current.resolve(file).normalize()).toList();
    List<SourceFile> sources = new ArrayList<>();
    if (!request.files().isEmpty() || !request.inlineFiles().isEmpty()) {
      Path projectDirectory = workingDirectory != null ? workingDirectory
          : !request.files().isEmpty() ? current.resolve(request.files().get(0)).normalize().getParent() : current;
      for (Path file : request.files()) {
        sources.add(SourceFile.read(current.resolve(file), current, "compose file"));
      }
      return new Selection(projectDirectory.toAbsolutePath().normalize(), sources,
          ProjectEnvironment.build(request.environment(), envFiles, projectDirectory));
    }
    Path start = (workingDirectory != null ? workingDirectory : current).toAbsolutePath().normalize();
    // Compose reads the starting directory's .env before choosing files: it may set COMPOSE_FILE.
    ProjectEnvironment early = ProjectEnvironment.build(request.environment(), envFiles, start);
    String composeFile = early.get("COMPOSE_FILE");
    List<Path> files = composeFile == null ? List.of()
        : ComposeFiles.fromEnvironment(composeFile, early.get("COMPOSE_PATH_SEPARATOR"), start);
    Path projectDirectory;
    if (!files.isEmpty()) {
      projectDirectory = files.get(0).toAbsolutePath().normalize().getParent();
    } else {
      ComposeFiles.Discovered discovered = ComposeFiles.discover(start);
      files = discovered.files();
      projectDirectory = discovered.directory();
    }
    if (workingDirectory != null) {
      projectDirectory = start;
    }
    for (Path file : files) {
      sources.add(SourceFile.read(file, current, "compose file"));
    }
    ProjectEnvironment environment = projectDirectory.equals(start) ? early
        : ProjectEnvironment.build(request.environment(), envFiles, start, projectDirectory);
    return new Selection(projectDirectory, sources, environment);
  }

  /**
   * {@code -p}, then {@code COMPOSE_PROJECT_NAME}, then the last top-level {@code name:}
   * (interpolated on its own, before the rest), then the project directory's name.
   */
  private String projectName(List<Map<String, Object>> parsed, List<SourceFile> sources,
      ProjectEnvironment environment, Path projectDirectory) {
    if (request.projectName() != null && !request.projectName().isEmpty()) {
      return ProjectNames.requireValid(request.projectName(), "-p");
    }
    String fromEnvironment = environment.get("COMPOSE_PROJECT_NAME");
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return ProjectNames.requireValid(fromEnvironment, "COMPOSE_PROJECT_NAME");
    }
    for (int i = parsed.size() - 1; i >= 0; i--) {
      Object name = parsed.get(i).get("name");
      if (name instanceof String text) {
        SourceLocation location = TreePath.locationOf(parsed.get(i), "name");
        String value = text;
        if (request.interpolate()) {
          try {
            value = Template.substitute(text, environment::get);
          } catch (InterpolationException e) {
            throw new InterpolationException(location, "name", e.detail(), e);
          }
        }
        if (!value.isEmpty()) {
          return ProjectNames.normalize(value, "the name: of " + sources.get(i).displayName(), location);
        }
      }
    }
    Path directoryName = projectDirectory.getFileName();
    return ProjectNames.normalize(directoryName == null ? "" : directoryName.toString(),
        "the project directory " + projectDirectory, null);
  }

  private Set<String> activeProfiles(ProjectEnvironment environment) {
    Set<String> profiles = new LinkedHashSet<>(request.profiles());
    String fromEnvironment = environment.get("COMPOSE_PROFILES");
    if (profiles.isEmpty() && fromEnvironment != null) {
      for (String profile : fromEnvironment.split(",")) {
        if (!profile.isBlank()) {
          profiles.add(profile.trim());
        }
      }
    }
    return profiles;
  }

  private static Path home(ProjectEnvironment environment) {
    String home = environment.get("HOME");
    return Path.of(home != null ? home : System.getProperty("user.home"));
  }
}
