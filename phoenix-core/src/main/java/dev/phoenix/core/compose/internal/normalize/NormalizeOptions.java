package dev.phoenix.core.compose.internal.normalize;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the stages after merging need to know about the project being loaded.
 *
 * @param projectName the chosen project name (already validated); {@link Normalizer} writes it to
 *     {@code name} and derives resource names from it
 * @param workingDirectory the project directory, against which relative paths resolve
 * @param environment the project environment: what bare {@code environment:} / {@code build.args}
 *     keys take their value from, and what {@code env_file} interpolation sees first
 * @param homeDirectory what a leading {@code ~} in a path stands for
 * @param resolvePaths whether relative paths become absolute (Compose's default)
 * @param normalize whether {@link Normalizer} applies (Compose's default; off for
 *     {@code --no-normalize})
 * @param envFileReader reads {@code env_file} and {@code label_file} files; null to leave their
 *     contents out of {@code environment} and {@code labels}
 */
public record NormalizeOptions(
    String projectName,
    Path workingDirectory,
    Map<String, String> environment,
    Path homeDirectory,
    boolean resolvePaths,
    boolean normalize,
    EnvFileReader envFileReader) {

  public NormalizeOptions {
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    environment = environment == null ? Map.of() : Map.copyOf(environment);
  }

  /**
   * Reads a file in {@code .env} syntax, as used by {@code env_file} and {@code label_file}.
   *
   * <p>A lambda wiring a dotenv parser looks like {@code (file, format, lookup) ->
   * Files.exists(file) ? parse(file, format, lookup) : null}.
   */
  @FunctionalInterface
  public interface EnvFileReader {
    /**
     * The variables the file defines, in file order.
     *
     * @param file the absolute path of the file
     * @param format the {@code format} given for an {@code env_file} entry ({@code raw} turns off
     *     interpolation), or null
     * @param lookup what {@code ${VAR}} in a value expands to, or null when {@code VAR} is not set;
     *     for env files this is the project environment first, then the service's own
     *     {@code environment}; for label files the labels read so far
     * @return the variables, or null when the file does not exist
     */
    Map<String, String> read(Path file, String format, Function<String, String> lookup);
  }
}
