package dev.phoenix.core.stack;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.compose.ComposeLoader;
import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.stack.StackManifest;
import dev.phoenix.core.compose.internal.dotenv.DotEnv;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One stack found by {@link StacksDirectory#discover(Path)}: a directory holding a compose file,
 * optionally a {@code .env} and a {@code phoenix.json}.
 *
 * <pre>{@code
 * for (DiscoveredStack stack : StacksDirectory.discover(Path.of("stacks"))) {
 *   if (stack.isBroken()) {
 *     System.err.println(stack.name() + ": " + stack.problems());
 *   } else {
 *     ComposeProject project = stack.load();
 *   }
 * }
 * }</pre>
 *
 * @param name the stack's name: the manifest's {@code name}, else the directory's name normalized
 *     as Compose normalizes project names
 * @param directory the stack's directory (the Compose project directory)
 * @param composeFile the compose file, chosen as Compose chooses it
 * @param envFile the directory's {@code .env}, or null when there is none
 * @param manifest the manifest, {@link StackManifest#empty()} when there is none or it is broken
 * @param problems why the stack cannot be deployed, empty when it can
 */
public record DiscoveredStack(String name, Path directory, Path composeFile, Path envFile,
    StackManifest manifest, List<String> problems) {

  /** Checks the required parts and copies the problems. */
  public DiscoveredStack {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(composeFile, "composeFile");
    Objects.requireNonNull(manifest, "manifest");
    problems = List.copyOf(problems);
  }

  /** Whether the stack has a problem and must not be deployed. */
  public boolean isBroken() {
    return !problems.isEmpty();
  }

  /** Loads the stack's project with this process's environment; see {@link #load(Map)}. */
  public ComposeProject load() {
    return load(System.getenv());
  }

  /**
   * Loads the stack's project through {@link ComposeLoader}: its compose file in its directory,
   * under its name. Variables are looked up, first match wins, in {@code processEnvironment}, then
   * the stack's {@code .env}, then the manifest's {@code environment}: the manifest holds defaults
   * that a machine's own settings override.
   *
   * @throws PhoenixException when the stack is broken, or a Compose error when the project does not load
   */
  public ComposeProject load(Map<String, String> processEnvironment) {
    if (isBroken()) {
      throw new PhoenixException("stack " + name + " in " + directory + " cannot be loaded: "
          + String.join("; ", problems));
    }
    return loader(processEnvironment).file(composeFile).load();
  }

  /**
   * A loader for the stack's project, given no file yet: its directory, its name, its {@code .env}
   * and the variables {@link #load(Map)} describes.
   */
  ComposeLoader.Builder loader(Map<String, String> processEnvironment) {
    ComposeLoader.Builder builder = ComposeLoader.builder()
        .workingDirectory(directory)
        .projectName(name)
        .environment(interpolationEnvironment(processEnvironment));
    if (envFile != null) {
      builder.envFile(envFile);
    }
    return builder;
  }

  /**
   * The variables given to the loader besides the {@code .env} (which the loader reads itself):
   * {@code processEnvironment} over the manifest's {@code environment}, without the manifest's
   * variables that the {@code .env} sets, so that the {@code .env} wins over the manifest.
   */
  private Map<String, String> interpolationEnvironment(Map<String, String> processEnvironment) {
    Map<String, String> environment = new HashMap<>(manifest.environment());
    if (envFile != null) {
      DotEnv.read(envFile, processEnvironment::get).keySet().forEach(environment::remove);
    }
    environment.putAll(processEnvironment);
    return environment;
  }
}
