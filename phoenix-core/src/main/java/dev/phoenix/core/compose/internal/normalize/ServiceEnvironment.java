package dev.phoenix.core.compose.internal.normalize;

import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.core.compose.internal.tree.YamlMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves a service's {@code environment} and {@code labels} as Compose does when it loads a
 * project: bare keys take the project environment's value, then the {@code env_file} contents are
 * added under the service's own values (later files winning over earlier ones), and likewise the
 * {@code label_file} contents under {@code labels}.
 */
final class ServiceEnvironment {
  private final NormalizeOptions options;
  private final PathResolver paths;

  ServiceEnvironment(NormalizeOptions options, PathResolver paths) {
    this.options = options;
    this.paths = paths;
  }

  /** Updates {@code service} (already in canonical form) in place. */
  void resolve(YamlMap service, At at) {
    Map<String, String> project = options.environment();
    if (service.get("environment") instanceof YamlMap environment) {
      environment.replaceAll((key, value) -> value == null ? project.get(key) : value);
    }
    if (options.envFileReader() == null) {
      return;
    }
    if (service.get("env_file") instanceof List<?> envFiles && !envFiles.isEmpty()) {
      mergeEnvFiles(service, envFiles, at.key("env_file"));
    }
    if (service.get("label_file") instanceof List<?> labelFiles && !labelFiles.isEmpty()) {
      mergeLabelFiles(service, labelFiles, at.key("label_file"));
    }
  }

  private void mergeEnvFiles(YamlMap service, List<?> envFiles, At at) {
    YamlMap own = service.get("environment") instanceof YamlMap map ? map : new YamlMap(at.location());
    Map<String, String> merged = new LinkedHashMap<>();
    own.forEach((key, value) -> {
      if (value != null) {
        merged.put(key, (String) value);
      }
    });
    Map<String, String> project = options.environment();
    for (int i = 0; i < envFiles.size(); i++) {
      if (!(envFiles.get(i) instanceof Map<?, ?> entry) || !(entry.get("path") instanceof String file)) {
        continue;
      }
      Path path = paths.file(file);
      Object format = entry.get("format");
      Map<String, String> values = read(at.index(i), path, format instanceof String text ? text : null, name -> {
        String value = project.get(name);
        if (value == null && own.get(name) instanceof String fromService) {
          value = fromService;
        }
        return value;
      });
      if (values == null) {
        if (!Boolean.FALSE.equals(entry.get("required"))) {
          throw at.index(i).invalid("env file " + path + " not found");
        }
        continue;
      }
      merged.putAll(values);
    }
    YamlMap result = new YamlMap(own.location());
    merged.forEach(result::put);
    result.copyLocationsFrom(own);
    result.putAll(own);
    if (!result.isEmpty()) {
      service.put("environment", result);
    }
  }

  private void mergeLabelFiles(YamlMap service, List<?> labelFiles, At at) {
    Map<String, String> merged = new LinkedHashMap<>();
    for (int i = 0; i < labelFiles.size(); i++) {
      if (!(labelFiles.get(i) instanceof String file)) {
        continue;
      }
      Path path = paths.file(file);
      Map<String, String> values = read(at.index(i), path, null, merged::get);
      if (values == null) {
        throw at.index(i).invalid("label file " + path + " not found");
      }
      merged.putAll(values);
    }
    YamlMap own = service.get("labels") instanceof YamlMap map ? map : null;
    YamlMap result = new YamlMap(own == null ? at.location() : own.location());
    merged.forEach(result::put);
    if (own != null) {
      result.copyLocationsFrom(own);
      result.putAll(own);
    }
    if (!result.isEmpty()) {
      service.put("labels", result);
    }
  }

  /**
   * Reads one file. A file that exists but cannot be read (a directory, an I/O error) is reported
   * at the compose entry that names it; a syntax error inside the file keeps its own position.
   */
  private Map<String, String> read(At at, Path path, String format, Function<String, String> lookup) {
    try {
      return options.envFileReader().read(path, format, lookup);
    } catch (ComposeFileException e) {
      throw new ComposeFileException(at.location(), at.path(), path + ": " + e.detail(), e);
    }
  }
}
