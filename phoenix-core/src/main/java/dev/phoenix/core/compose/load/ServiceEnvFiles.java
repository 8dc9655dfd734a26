package dev.phoenix.core.compose.load;

import dev.phoenix.core.compose.dotenv.DotEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a service's {@code env_file} or {@code label_file}: values are interpolated with the
 * project environment first, then with the file's own earlier lines. A missing file is reported as
 * null, so the caller can honour {@code required: false}.
 */
final class ServiceEnvFiles {
  private final ProjectEnvironment environment;

  ServiceEnvFiles(ProjectEnvironment environment) {
    this.environment = environment;
  }

  Map<String, String> read(Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    return DotEnv.read(file, environment::get);
  }
}
