package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.compose.ComposeFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which compose files a project is made of, chosen as {@code docker compose} chooses them. */
public final class ComposeFiles {
  /** Searched in this order; the first found wins. */
  public static final List<String> DEFAULT_NAMES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");
  /** Added after the main file when present; the first found wins. */
  static final List<String> OVERRIDE_NAMES = List.of(
      "compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml");

  private ComposeFiles() {
  }

  /** The files found, and the directory they were found in (which becomes the project directory). */
  record Discovered(Path directory, List<Path> files) {
  }

  /**
   * Looks for a compose file in {@code start} and then in each parent directory, as compose does,
   * and adds the override file beside it.
   */
  static Discovered discover(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path main = firstExisting(dir, DEFAULT_NAMES);
      if (main != null) {
        List<Path> files = new ArrayList<>(2);
        files.add(main);
        Path override = firstExisting(dir, OVERRIDE_NAMES);
        if (override != null) {
          files.add(override);
        }
        return new Discovered(dir, files);
      }
    }
    throw new ComposeFileException(null, null, "no configuration file provided: no "
        + String.join(", ", DEFAULT_NAMES) + " in " + start.toAbsolutePath().normalize()
        + " or any parent directory (name one with -f)");
  }

  /** Splits {@code COMPOSE_FILE} on {@code COMPOSE_PATH_SEPARATOR} (default {@code :}). */
  static List<Path> fromEnvironment(String composeFile, String separator, Path workingDirectory) {
    String sep = separator == null || separator.isEmpty() ? java.io.File.pathSeparator : separator;
    List<Path> files = new ArrayList<>();
    for (String part : composeFile.split(java.util.regex.Pattern.quote(sep))) {
      if (!part.isBlank()) {
        files.add(workingDirectory.resolve(part.trim()));
      }
    }
    return files;
  }

  private static Path firstExisting(Path dir, List<String> names) {
    for (String name : names) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
