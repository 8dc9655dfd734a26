package dev.phoenix.core.compose.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A test-only reader for plain {@code KEY=VALUE} files (no quotes, no interpolation). */
final class SimpleEnvFiles implements NormalizeOptions.EnvFileReader {
  @Override
  public Map<String, String> read(Path file, String format, Function<String, String> lookup) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        String trimmed = line.strip();
        int equals = trimmed.indexOf('=');
        if (!trimmed.isEmpty() && !trimmed.startsWith("#") && equals > 0) {
          values.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }
}
