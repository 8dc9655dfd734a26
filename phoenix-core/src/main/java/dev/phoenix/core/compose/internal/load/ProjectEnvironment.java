package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.core.compose.internal.dotenv.DotEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a project is interpolated with, built as compose-go builds it: the process
 * environment, never overwritten; then the {@code --env-file} files (or {@code COMPOSE_ENV_FILES}),
 * a later file over an earlier one; and only when none is given, {@code .env} (unless
 * {@code COMPOSE_DISABLE_ENV_FILE} is true).
 */
record ProjectEnvironment(Map<String, String> variables, List<Path> envFiles, boolean explicitEnvFiles) {

  /** The environment of a project whose {@code .env} is in {@code projectDirectory}. */
  static ProjectEnvironment build(Map<String, String> process, List<Path> explicitEnvFiles, Path projectDirectory) {
    return build(process, explicitEnvFiles, projectDirectory, projectDirectory);
  }

  /**
   * The environment of a project when compose reads two {@code .env} files: the one in the
   * directory it starts from ({@code --project-directory} or the current directory), read before
   * the compose files are chosen, and then the one in the project directory. A value from the
   * first is kept.
   */
  static ProjectEnvironment build(Map<String, String> process, List<Path> explicitEnvFiles, Path startDirectory,
      Path projectDirectory) {
    List<Path> files = new ArrayList<>(explicitEnvFiles);
    boolean explicit = !files.isEmpty();
    if (!explicit) {
      String fromVariable = process.get("COMPOSE_ENV_FILES");
      if (fromVariable != null && !fromVariable.isBlank()) {
        for (String part : fromVariable.split(",")) {
          if (!part.isBlank()) {
            files.add(projectDirectory.resolve(part.trim()));
          }
        }
        explicit = true;
      }
    }
    if (!explicit && !dotEnvDisabled(process)) {
      addIfFile(files, startDirectory.resolve(".env"));
      addIfFile(files, projectDirectory.resolve(".env"));
    }
    Map<String, String> fromFiles = new LinkedHashMap<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new ComposeFileException(null, null, "env file " + file + " not found");
      }
      Map<String, String> values = DotEnv.read(file, name -> process.containsKey(name) ? process.get(name) : fromFiles.get(name));
      if (explicit) {
        fromFiles.putAll(values);
      } else {
        values.forEach(fromFiles::putIfAbsent);
      }
    }
    return new ProjectEnvironment(over(fromFiles, process), List.copyOf(files), explicit);
  }

  /**
   * The environment of an {@code include}d project: the including project's variables, which win,
   * over the entry's {@code env_file} files or else the {@code .env} of its project directory.
   */
  static ProjectEnvironment forInclude(ProjectEnvironment parent, List<Path> envFiles, Path projectDirectory) {
    List<Path> files = new ArrayList<>(envFiles);
    if (files.isEmpty()) {
      addIfFile(files, projectDirectory.resolve(".env"));
    }
    Map<String, String> fromFiles = new LinkedHashMap<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new ComposeFileException(null, null, "env file " + file + " of an include entry not found");
      }
      fromFiles.putAll(DotEnv.read(file, name -> parent.variables.containsKey(name) ? parent.get(name) : fromFiles.get(name)));
    }
    return new ProjectEnvironment(over(fromFiles, parent.variables), List.copyOf(files), !envFiles.isEmpty());
  }

  /** The value of a variable, or null when it is unset. */
  String get(String name) {
    return variables.get(name);
  }

  /** A copy where {@code name} is {@code value}. */
  ProjectEnvironment with(String name, String value) {
    if (value.equals(variables.get(name))) {
      return this;
    }
    Map<String, String> copy = new HashMap<>(variables);
    copy.put(name, value);
    return new ProjectEnvironment(Map.copyOf(copy), envFiles, explicitEnvFiles);
  }

  /** {@code COMPOSE_DISABLE_ENV_FILE}, read as Go's {@code strconv.ParseBool} reads it. */
  private static boolean dotEnvDisabled(Map<String, String> process) {
    String value = process.get("COMPOSE_DISABLE_ENV_FILE");
    if (value == null) {
      return false;
    }
    return switch (value) {
      case "1", "t", "T", "true", "TRUE", "True" -> true;
      case "0", "f", "F", "false", "FALSE", "False" -> false;
      default -> throw new ComposeFileException(null, null,
          "COMPOSE_DISABLE_ENV_FILE must be a boolean (true, false, 1, 0), not \"" + value + "\"");
    };
  }

  private static void addIfFile(List<Path> files, Path file) {
    if (!files.contains(file) && Files.isRegularFile(file)) {
      files.add(file);
    }
  }

  /**
   * The variables of {@code fromFiles} under those of {@code winning}, as an immutable map, so that
   * the stages that take a copy of the environment (Map.copyOf) get this one back, not another copy.
   */
  private static Map<String, String> over(Map<String, String> fromFiles, Map<String, String> winning) {
    if (fromFiles.isEmpty()) {
      return Map.copyOf(winning);
    }
    Map<String, String> variables = new HashMap<>(fromFiles);
    variables.putAll(winning);
    return Map.copyOf(variables);
  }
}
