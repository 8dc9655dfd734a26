package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The builder behind {@link ComposeLoader#builder()}. */
final class DefaultComposeLoaderBuilder implements ComposeLoader.Builder {
  private static final Logger LOG = LoggerFactory.getLogger(ComposeLoader.class);

  private Path workingDirectory;
  private final List<Path> files = new ArrayList<>();
  private final List<LoadRequest.InlineFile> inlineFiles = new ArrayList<>();
  private final List<Path> envFiles = new ArrayList<>();
  private Map<String, String> environment;
  private String projectName;
  private final Set<String> profiles = new LinkedHashSet<>();
  private boolean interpolate = true;
  private boolean normalize = true;
  private boolean resolvePaths = true;
  private boolean consistencyCheck = true;
  private Consumer<String> warnings = message -> LOG.warn("{}", message);

  @Override
  public ComposeLoader.Builder workingDirectory(Path directory) {
    this.workingDirectory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    return this;
  }

  @Override
  public ComposeLoader.Builder file(Path file) {
    files.add(Objects.requireNonNull(file, "file"));
    return this;
  }

  @Override
  public ComposeLoader.Builder content(String fileName, String yaml) {
    inlineFiles.add(new LoadRequest.InlineFile(Objects.requireNonNull(fileName, "fileName"), Objects.requireNonNull(yaml, "yaml")));
    return this;
  }

  @Override
  public ComposeLoader.Builder envFile(Path file) {
    envFiles.add(Objects.requireNonNull(file, "file"));
    return this;
  }

  @Override
  public ComposeLoader.Builder environment(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
    return this;
  }

  @Override
  public ComposeLoader.Builder projectName(String name) {
    this.projectName = Objects.requireNonNull(name, "name");
    return this;
  }

  @Override
  public ComposeLoader.Builder profile(String profile) {
    profiles.add(Objects.requireNonNull(profile, "profile"));
    return this;
  }

  @Override
  public ComposeLoader.Builder interpolate(boolean interpolate) {
    this.interpolate = interpolate;
    return this;
  }

  @Override
  public ComposeLoader.Builder normalize(boolean normalize) {
    this.normalize = normalize;
    return this;
  }

  @Override
  public ComposeLoader.Builder resolvePaths(boolean resolvePaths) {
    this.resolvePaths = resolvePaths;
    return this;
  }

  @Override
  public ComposeLoader.Builder consistencyCheck(boolean consistencyCheck) {
    this.consistencyCheck = consistencyCheck;
    return this;
  }

  @Override
  public ComposeLoader.Builder onWarning(Consumer<String> listener) {
    this.warnings = Objects.requireNonNull(listener, "listener");
    return this;
  }

  @Override
  public ComposeProject load() {
    Path current = Path.of("").toAbsolutePath();
    Map<String, String> env = environment != null ? environment : System.getenv();
    return new ProjectLoader(new LoadRequest(workingDirectory, current, files, inlineFiles, envFiles, env,
        projectName, profiles, interpolate, normalize, resolvePaths, consistencyCheck, warnings)).load();
  }
}
