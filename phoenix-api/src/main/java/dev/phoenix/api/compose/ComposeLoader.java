package dev.phoenix.api.compose;

import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.spi.ComposeLoaderProvider;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Reads a Compose project the way {@code docker compose} v2 reads it: file selection, {@code .env},
 * interpolation, multi-file merge, {@code extends}, {@code include}, profiles, schema validation and
 * normalization, into an immutable {@link ComposeProject}.
 *
 * <pre>{@code
 * ComposeProject project = ComposeLoader.builder()
 *     .workingDirectory(Path.of("shop"))
 *     .projectName("shop")
 *     .profile("debug")
 *     .load();
 * }</pre>
 *
 * <p>Nothing is read before {@link Builder#load()}. Every problem is a {@link ComposeException}
 * that names the file, line and column.
 */
public final class ComposeLoader {
  private ComposeLoader() {
  }

  /** A new builder, from the implementation on the class path (phoenix-core). */
  public static Builder builder() {
    if (Provider.INSTANCE == null) {
      throw new PhoenixException("no Compose loader on the class path: add the dependency dev.phoenix:phoenix-core");
    }
    return Provider.INSTANCE.newBuilder();
  }

  /** Looked up once: scanning the class path for the service file on every load would cost more than parsing. */
  private static final class Provider {
    static final ComposeLoaderProvider INSTANCE =
        ServiceLoader.load(ComposeLoaderProvider.class, ComposeLoader.class.getClassLoader())
            .findFirst()
            .orElse(null);
  }

  /** Collects the options of one load, like {@code docker compose}'s global flags. Not thread-safe. */
  public interface Builder {
    /**
     * The project directory ({@code --project-directory}): where {@code .env} is read and compose
     * files are looked for, and what relative paths resolve against. Defaults to the directory of
     * the first file, or the current directory.
     */
    Builder workingDirectory(Path directory);

    /** Adds a compose file ({@code -f}), in order. Without any, the project directory is searched. */
    Builder file(Path file);

    /**
     * Adds a compose file given as text, named {@code fileName} in errors; relative paths in it
     * resolve against the project directory.
     */
    Builder content(String fileName, String yaml);

    /** Adds an env file ({@code --env-file}), in order; when any is given, {@code .env} is not read. */
    Builder envFile(Path file);

    /**
     * The process environment used for interpolation and project settings
     * ({@code COMPOSE_PROJECT_NAME}, {@code COMPOSE_PROFILES}, {@code COMPOSE_FILE}...). Defaults to
     * {@link System#getenv()}; tests pass their own map.
     */
    Builder environment(Map<String, String> environment);

    /** The project name ({@code -p}); must already be valid. */
    Builder projectName(String name);

    /** Activates a profile ({@code --profile}); {@code *} activates all. */
    Builder profile(String profile);

    /** Whether {@code ${VAR}} expressions are interpolated (default true; {@code --no-interpolate}). */
    Builder interpolate(boolean interpolate);

    /**
     * Whether the model is normalized (default true): implicit default network, resource names
     * {@code <project>_<key>}, implicit dependencies. Off only to compare with tools that skip it.
     */
    Builder normalize(boolean normalize);

    /** Whether relative paths become absolute (default true). */
    Builder resolvePaths(boolean resolvePaths);

    /**
     * Whether cross references are checked (default true): undefined networks, volumes, secrets,
     * configs and services, dependency cycles.
     */
    Builder consistencyCheck(boolean consistencyCheck);

    /**
     * Receives the warnings {@code docker compose} would print (an unset variable defaulting to
     * blank, an obsolete {@code version}...). By default they are logged through SLF4J.
     */
    Builder onWarning(Consumer<String> listener);

    /** Reads, checks and returns the project. */
    ComposeProject load();
  }
}
