package dev.phoenix.core.compose.internal.load;

import dev.phoenix.api.SourceLocation;
import dev.phoenix.api.compose.ComposeFileException;
import dev.phoenix.core.compose.internal.dotenv.DotEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a service's {@code env_file} or {@code label_file} with the real dotenv parser: values are
 * interpolated with what {@code lookup} gives (unless {@code format: raw}). A missing file is
 * reported as null, so the caller can honour {@code required: false}.
 */
final class ServiceEnvFiles {
  private ServiceEnvFiles() {
  }

  static Map<String, String> read(Path file, String format, Function<String, String> lookup) {
    if (!Files.exists(file)) {
      return null;
    }
    if (Files.isDirectory(file)) {
      throw new ComposeFileException(SourceLocation.ofFile(file.toString()), null, "is a directory, not an env file");
    }
    return "raw".equals(format) ? DotEnv.readRaw(file, lookup) : DotEnv.read(file, lookup);
  }
}
