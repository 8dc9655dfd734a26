package dev.phoenix.core.compose.load;

import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.core.compose.dotenv.DotEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a project is interpolated with, built as compose-go builds it: the process
 * environment, never overwritten; then the {@code --env-file} files (or {@code COMPOSE_ENV_FILES}),
 * a later file over an earlier one; and only when none is given, {@code .env} in the project
 * directory (unless {@code COMPOSE_DISABLE_ENV_FILE} is true).
 */
record ProjectEnvironment(Map<String, String> variables, List<Path> envFiles, boolean explicitEnvFiles) {

  static ProjectEnvironment build(Map<String, String> process, List<Path> explicitEnvFiles, Path projectDirectory) {
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
    if (!explicit && !Boolean.parseBoolean(process.getOrDefault("COMPOSE_DISABLE_ENV_FILE", "false"))) {
      Path dotEnv = projectDirectory.resolve(".env");
      if (Files.isRegularFile(dotEnv)) {
        files.add(dotEnv);
      }
    }
    Map<String, String> fromFiles = new LinkedHashMap<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new ComposeFileException(null, null, "env file " + file + " not found");
      }
      fromFiles.putAll(DotEnv.read(file, name -> process.containsKey(name) ? process.get(name) : fromFiles.get(name)));
    }
    Map<String, String> variables = new LinkedHashMap<>(fromFiles);
    variables.putAll(process);
    return new ProjectEnvironment(Collections.unmodifiableMap(variables), List.copyOf(files), explicit);
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
    Map<String, String> copy = new LinkedHashMap<>(variables);
    copy.put(name, value);
    return new ProjectEnvironment(Collections.unmodifiableMap(copy), envFiles, explicitEnvFiles);
  }
}
