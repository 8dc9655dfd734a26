package dev.phoenix.core.compose.rewrite;

import dev.phoenix.api.compose.ComposeRewriteException;
import java.util.Objects;

/**
 * Where a top-level Compose secret takes its value: an environment variable of the deploying
 * process ({@code environment: NAME}) or a file ({@code file: ./db_password.txt}).
 *
 * @param key {@code environment} or {@code file}
 * @param value the variable name or the file path
 */
public record SecretSource(String key, String value) {
  public SecretSource {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (!key.equals("environment") && !key.equals("file")) {
      throw new ComposeRewriteException(null, "a secret source is environment or file, not " + key);
    }
    if (value.isBlank()) {
      throw new ComposeRewriteException(null, "a secret's " + key + " must not be blank");
    }
  }

  /** The secret's value comes from the environment variable {@code name}. */
  public static SecretSource environment(String name) {
    return new SecretSource("environment", name);
  }

  /** The secret's value is the content of {@code path}. */
  public static SecretSource file(String path) {
    return new SecretSource("file", path);
  }
}
